import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface EmailDraft {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  /** The signed PDF; without it the message's text is the letter itself. */
  attachment?: { fileName: string; content: Buffer };
  date: Date;
}

/**
 * An email draft (.eml): MIME, UTF-8, the signed PDF (when there is one) attached byte for byte. Marked
 * unsent (X-Unsent, which Outlook reads) and as a draft for Thunderbird, so that opening it gives
 * a message ready to send rather than one received.
 */
export function emailDraft(draft: EmailDraft): Promise<Buffer> {
  const mail = new MailComposer({
    from: draft.from,
    to: draft.to,
    subject: draft.subject,
    text: draft.text,
    date: draft.date,
    textEncoding: 'quoted-printable',
    headers: {
      'X-Unsent': '1',
      'X-Mozilla-Draft-Info': 'internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0',
    },
    attachments:
      draft.attachment === undefined
        ? []
        : [
            {
              filename: draft.attachment.fileName,
              content: draft.attachment.content,
              contentType: 'application/pdf',
            },
          ],
  });
  return new Promise((resolve, reject) => {
    mail.compile().build((error, message) => {
      if (error !== null) reject(error);
      else resolve(message);
    });
  });
}
