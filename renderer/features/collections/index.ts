// What other screens mount from the collection feature (customer page, settings).
export { CustomerCollectionPanel, type CustomerCollectionPanelProps } from './CustomerCollectionPanel';
export { ContactDialog, type ContactDialogProps } from './dialogs/ContactDialog';
export { SendMessageDialog, type SendMessageDialogProps } from './dialogs/SendMessageDialog';
export { PauseDialog, type PauseDialogProps } from './dialogs/PauseDialog';
export { RenegotiationDialog, type RenegotiationDialogProps } from './dialogs/RenegotiationDialog';
export { TemplatesSettings } from './settings/TemplatesSettings';
export { LetterTemplatesSettings } from './settings/LetterTemplatesSettings';
export { PolicySettings } from './settings/PolicySettings';
export { ContactHoursSettings } from './settings/ContactHoursSettings';
