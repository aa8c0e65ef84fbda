import { translate, type Language } from '../../shared/i18n';

/**
 * The question Electron asks when the page refuses to unload (a form has unsaved changes and the
 * window is being closed or reloaded): Chromium's own prompt does not exist in Electron.
 */
export function unsavedChangesDialog(language: Language): {
  type: 'warning';
  title: string;
  message: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
} {
  return {
    type: 'warning',
    title: 'DPO Desk',
    message: translate(language, 'common.leaveOnClose'),
    buttons: [translate(language, 'common.stay'), translate(language, 'common.leaveAnyway')],
    // Enter and Escape keep the changes.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** True when the answer to `unsavedChangesDialog` was to leave and lose the changes. */
export function leavesAnyway(response: number): boolean {
  return response === 1;
}
