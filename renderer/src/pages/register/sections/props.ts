import type { ActivityFields } from '../../../../../shared/schemas/activity';
import type { FormKit } from '../../../components/formKit';

/** What every section of the activity form is given: the form's kit. */
export interface SectionProps {
  kit: FormKit<ActivityFields>;
}

/** A section that links to other records by the activity's id (null until its first save). */
export interface LinkingSectionProps extends SectionProps {
  activityId: string | null;
}
