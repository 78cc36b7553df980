export { actionLabel, auditMessages, auditTranslator, type AuditKey } from './messages';
