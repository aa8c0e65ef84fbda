export { newId } from '../shared/ids';
