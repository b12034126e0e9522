// Who may do what, declared once per kind of thing and sent to the front-end as abilities.
export const roles = ['center-officer', 'provider-admin', 'expert', 'council-member', 'learner'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  id: string;
  role: Role;
  /** Set for a provider administrator: the provider they act for. */
  providerId: string | null;
}

export interface CourseSubject {
  providerId: string;
}

export type CourseAction = 'create' | 'edit-draft' | 'publish' | 'view-drafts';

export function canOnCourse(actor: Actor | null, action: CourseAction, course: CourseSubject): boolean {
  if (!actor) return false;
  switch (action) {
    case 'create':
    case 'edit-draft':
      return actor.role === 'provider-admin' && actor.providerId === course.providerId;
    case 'view-drafts':
      return actor.role === 'center-officer' || (actor.role === 'provider-admin' && actor.providerId === course.providerId);
    case 'publish':
      return actor.role === 'center-officer';
  }
}

/** What the signed-in person may do anywhere, for the front-end to show or hide. */
export function abilities(actor: Actor | null) {
  return {
    createCourse: actor?.role === 'provider-admin',
    publishCourse: actor?.role === 'center-officer',
    viewAudit: actor?.role === 'center-officer',
  };
}
