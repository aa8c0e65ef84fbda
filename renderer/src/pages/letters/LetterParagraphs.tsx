/** A letter's paragraphs as the PDF lays them out: "- " lines become a list. */
export function LetterParagraphs({
  subjectLabel,
  subject,
  paragraphs,
}: {
  /** « Objet : » or « Subject: », in the letter's language. */
  subjectLabel: string;
  subject: string;
  paragraphs: string[];
}) {
  return (
    <div className="letter-preview">
      <p className="letter-subject">
        <strong>
          {subjectLabel} {subject}
        </strong>
      </p>
      {paragraphs.map((paragraph, index) => {
        const lines = paragraph.split('\n');
        return lines.every((line) => line.trimStart().startsWith('- ')) ? (
          <ul key={index}>
            {lines.map((line, i) => (
              <li key={i}>{line.trimStart().slice(2)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{lines.join(' ')}</p>
        );
      })}
    </div>
  );
}
