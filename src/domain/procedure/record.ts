/**
 * What the procedure recorded on an application along the way (deficiencies named at the
 * completeness check, the visit, the institution's position...), kept with the application
 * and shown on its page.
 */
export interface ProcedureRecord {
  deficiencies?: string[];
  correctionWorkingDays?: number;
  visitFrom?: string;
  visitTo?: string;
  agenda?: { date: string; topic: string }[];
  agendaSubmittedAt?: string;
  agendaSentAt?: string;
  oralFindings?: string;
  positionReceivedAt?: string;
  position?: string;
  withoutReviewReasons?: string;
  registrationDecision?: string;
}
