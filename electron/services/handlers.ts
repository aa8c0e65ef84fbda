import { backUpNow, listBackupsOf, restoreNamedBackup } from './backups';
import { applyChosenImport, chooseRegisterImport } from './registerImportDialog';
import { compareExports, exportStatus, listExports, saveExport, startExport } from './documents';
import { readUserVersion } from '../../db/migrations/define';
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import {
  activityCount,
  activityHistory,
  archiveActivity,
  createActivity,
  deleteActivity,
  duplicateActivity,
  getActivityRecord,
  listActivities,
  restoreActivity,
  updateActivity,
} from './activities';
import {
  breachHistory,
  createBreach,
  deleteBreach,
  getBreachView,
  listBreaches,
  updateBreach,
} from './breaches';
import { communicationView, startBreachLetters } from './breachLetters';
import { notificationOf, saveNotificationPdf } from './breachNotification';
import { erasePeople, importPeopleFile, peopleOf } from './breachPeople';
import { deleteClient, listClients, saveClient } from './clients';
import type { Context } from './context';
import { dashboardFigures, dueRequests } from './dashboard';
import { calendarItems, calendarSummary, exportCalendarIcs } from './calendar';
import { loadExample } from './example';
import {
  deleteRule,
  deleteTrackedItem,
  listRetentionRules,
  listTrackedItems,
  recordRetentionAction,
  saveRule,
  saveTrackedItem,
} from './retention';
import { chooseLetterImage, letterImages, removeLetterImage } from './letterhead';
import {
  generateLetter,
  letterChoices,
  listLetters,
  listTemplates,
  openLetter,
  previewLetter,
  recordResponse,
  restoreTemplate,
  saveLetterAs,
  saveTemplate,
} from './letters';
import { batchStatus, saveBatch, startBatch } from './letterBatch';
import {
  attachToRequest,
  createRequest,
  deleteRequest,
  exportSuppressionCsv,
  getRequestView,
  listRequestsPage,
  eraseSuppressionEntry,
  listSuppression,
  openRequestAttachment,
  removeRequestAttachment,
  updateRequest,
} from './requests';
import {
  attachContract,
  deleteProcessor,
  getProcessorRecord,
  listProcessorSummaries,
  openContract,
  processorHistory,
  removeContract,
  saveProcessor,
} from './processors';
import { getPreferences, savePreferences } from './preferences';
import { getSettings, saveSettings } from './settings';

export type Handlers = {
  [N in ApiName]: (ctx: Context, input: ApiParsedInput<N>) => Promise<ApiOutput<N>>;
};

/** The one implementation of the API contract. */
export const handlers: Handlers = {
  'app.info': async (ctx) => ({
    appVersion: ctx.appVersion,
    databasePath: ctx.paths.database,
    schemaVersion: await readUserVersion(ctx.db),
    activityCount: await activityCount(ctx),
  }),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.save': (ctx, input) => saveSettings(ctx, input),
  'preferences.get': (ctx) => getPreferences(ctx),
  'preferences.save': (ctx, input) => savePreferences(ctx, input),
  'activities.list': (ctx, input) => listActivities(ctx, input),
  'activities.get': (ctx, input) => getActivityRecord(ctx, input.id),
  'activities.create': (ctx, input) => createActivity(ctx, input.activity, input.createId),
  'activities.update': (ctx, input) => updateActivity(ctx, input),
  'activities.duplicate': (ctx, input) => duplicateActivity(ctx, input.id),
  'activities.archive': (ctx, input) => archiveActivity(ctx, input.id),
  'activities.restore': (ctx, input) => restoreActivity(ctx, input.id),
  'activities.delete': (ctx, input) => deleteActivity(ctx, input.id),
  'activities.history': (ctx, input) => activityHistory(ctx, input.id),
  'clients.list': (ctx) => listClients(ctx),
  'clients.save': (ctx, input) => saveClient(ctx, input),
  'clients.delete': (ctx, input) => deleteClient(ctx, input.id),
  'example.load': (ctx) => loadExample(ctx),
  'processors.list': (ctx) => listProcessorSummaries(ctx),
  'processors.get': (ctx, input) => getProcessorRecord(ctx, input.id),
  'processors.save': (ctx, input) => saveProcessor(ctx, input),
  'processors.delete': (ctx, input) => deleteProcessor(ctx, input),
  'processors.history': (ctx, input) => processorHistory(ctx, input.id),
  'processors.attachContract': (ctx, input) => attachContract(ctx, input.id),
  'processors.openContract': (ctx, input) => openContract(ctx, input.id),
  'processors.removeContract': (ctx, input) => removeContract(ctx, input.id),
  'breaches.list': (ctx) => listBreaches(ctx),
  'breaches.get': (ctx, input) => getBreachView(ctx, input.id),
  'breaches.create': (ctx, input) => createBreach(ctx, input.breach, input.createId),
  'breaches.update': (ctx, input) => updateBreach(ctx, input),
  'breaches.delete': (ctx, input) => deleteBreach(ctx, input.id),
  'breaches.history': (ctx, input) => breachHistory(ctx, input.id),
  'breaches.notification': (ctx, input) => notificationOf(ctx, input),
  'breaches.saveNotificationPdf': (ctx, input) => saveNotificationPdf(ctx, input),
  'breaches.people': (ctx, input) => peopleOf(ctx, input.id),
  'breaches.importPeople': (ctx, input) => importPeopleFile(ctx, input.id),
  'breaches.erasePeople': (ctx, input) => erasePeople(ctx, input.id),
  'breaches.communication': (ctx, input) => communicationView(ctx, input),
  'breaches.startLetters': (ctx, input) => startBreachLetters(ctx, input),
  'requests.list': (ctx, input) => listRequestsPage(ctx, input),
  'requests.get': (ctx, input) => getRequestView(ctx, input.id),
  'requests.create': (ctx, input) => createRequest(ctx, input.request, input.createId),
  'requests.update': (ctx, input) => updateRequest(ctx, input),
  'requests.delete': (ctx, input) => deleteRequest(ctx, input.id),
  'requests.attach': (ctx, input) => attachToRequest(ctx, input),
  'requests.openAttachment': (ctx, input) => openRequestAttachment(ctx, input),
  'requests.removeAttachment': (ctx, input) => removeRequestAttachment(ctx, input),
  'requests.due': (ctx, input) => dueRequests(ctx, input.withinDays),
  'dashboard.get': (ctx) => dashboardFigures(ctx),
  'suppression.list': (ctx) => listSuppression(ctx),
  'suppression.erase': (ctx, input) => eraseSuppressionEntry(ctx, input.id),
  'suppression.exportCsv': (ctx) => exportSuppressionCsv(ctx),
  'retention.rules': (ctx) => listRetentionRules(ctx),
  'retention.saveRule': (ctx, input) => saveRule(ctx, input),
  'retention.deleteRule': (ctx, input) => deleteRule(ctx, input.id),
  'retention.items': (ctx) => listTrackedItems(ctx),
  'retention.saveItem': (ctx, input) => saveTrackedItem(ctx, input),
  'retention.deleteItem': (ctx, input) => deleteTrackedItem(ctx, input.id),
  'retention.record': (ctx, input) => recordRetentionAction(ctx, input),
  'calendar.list': (ctx, input) => calendarItems(ctx, input),
  'calendar.summary': (ctx) => calendarSummary(ctx),
  'calendar.exportIcs': (ctx) => exportCalendarIcs(ctx),
  'documents.startExport': (ctx, input) => startExport(ctx, input),
  'documents.exportStatus': (_ctx, input) => Promise.resolve(exportStatus(input.id)),
  'documents.saveExport': (ctx, input) => saveExport(ctx, input.id),
  'documents.exports': (ctx) => listExports(ctx),
  'documents.compare': (ctx, input) => compareExports(ctx, input),
  'registerImport.choose': (ctx) => chooseRegisterImport(ctx),
  'registerImport.apply': (ctx, input) => applyChosenImport(ctx, input),
  'backups.list': (ctx) => Promise.resolve(listBackupsOf(ctx)),
  'backups.create': (ctx) => backUpNow(ctx),
  'backups.restore': (ctx, input) => restoreNamedBackup(ctx, input.name),
  'letters.images': (ctx) => letterImages(ctx),
  'letters.chooseImage': (ctx, input) => chooseLetterImage(ctx, input.which),
  'letters.removeImage': (ctx, input) => removeLetterImage(ctx, input.which),
  'letters.templates': (ctx) => listTemplates(ctx),
  'letters.saveTemplate': (ctx, input) => saveTemplate(ctx, input),
  'letters.restoreTemplate': (ctx, input) => restoreTemplate(ctx, input),
  'letters.preview': (ctx, input) => previewLetter(ctx, input),
  'letters.choices': (ctx, input) => letterChoices(ctx, input.requestId),
  'letters.generate': (ctx, input) => generateLetter(ctx, input),
  'letters.recordResponse': (ctx, input) => recordResponse(ctx, input),
  'letters.list': (ctx, input) => listLetters(ctx, input.id),
  'letters.open': (ctx, input) => openLetter(ctx, input),
  'letters.saveAs': (ctx, input) => saveLetterAs(ctx, input),
  'letters.startBatch': (ctx, input) => startBatch(ctx, input),
  'letters.batchStatus': (_ctx, input) => Promise.resolve(batchStatus(input.id)),
  'letters.saveBatch': (ctx, input) => saveBatch(ctx, input.id),
};
