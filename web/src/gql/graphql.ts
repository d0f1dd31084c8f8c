/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A progress entry. */
export type AddLifeEntryInput = {
  /** The domain of life. */
  domain: LifeDomain;
  /** The goal it advances, if any (one of the participant's). */
  goalId?: string | number | null | undefined;
  /** What happened (1 to 2000 characters). */
  note: string;
  /** When (today or earlier). */
  occurredOn: string;
  /** The participant. */
  participantId: string | number;
};

/** A new goal. */
export type AddLifeGoalInput = {
  /** The domain of life. */
  domain: LifeDomain;
  /** The participant. */
  participantId: string | number;
  /** By when. */
  targetDate?: string | null | undefined;
  /** What is to be reached (1 to 200 characters). */
  title: string;
};

/** Narrows the audit log; every criterion given must hold. */
export type AuditFilterInput = {
  /** Entries about this record. */
  entityId?: string | number | null | undefined;
  /** Entries about this kind of record (`Participant`, `Referral`, `AuditLog`, …). */
  entityType?: string | null | undefined;
  /** At or after this time. */
  from?: string | null | undefined;
  /** Entries of this operation (`acceptReferral`, `readParticipant`, …). */
  operation?: string | null | undefined;
  /** Entries of this organisation. */
  organisationId?: string | number | null | undefined;
  /** Entries with this outcome. */
  outcome?: AuditOutcome | null | undefined;
  /** Entries of this request (its `X-Request-Id`). */
  requestId?: string | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
  /** Entries of this user. */
  userId?: string | number | null | undefined;
};

/** How an audited operation ended. */
export type AuditOutcome =
  /** It happened. */
  | 'ALLOWED'
  /** The access policy refused it. */
  | 'DENIED'
  /** It was allowed but failed. */
  | 'FAILED';

/** A CEFR language level, or a native speaker. */
export type CefrLevel =
  /** Breakthrough. */
  | 'A1'
  /** Waystage. */
  | 'A2'
  /** Threshold. */
  | 'B1'
  /** Vantage. */
  | 'B2'
  /** Effective operational proficiency. */
  | 'C1'
  /** Mastery. */
  | 'C2'
  /** Native speaker. */
  | 'NATIVE';

/** The current password and the new one. */
export type ChangePasswordInput = {
  /** The new password (at least 12 characters). */
  newPassword: string;
  /** The password the account has now. */
  oldPassword: string;
};

/** Completing: how it ended. */
export type CompleteReferralInput = {
  /** A comment for the history. */
  comment?: string | null | undefined;
  /** The referral. */
  id: string | number;
  /** How it ended. */
  outcome: ReferralOutcome;
  /** The version the caller last saw. */
  version: number;
};

/** The task to mark done. */
export type CompleteTaskInput = {
  /** The task. */
  id: string | number;
};

/** How consent was given. */
export type ConsentMethod =
  /** Given in a digital form. */
  | 'DIGITAL'
  /** Said aloud, recorded by the case manager. */
  | 'VERBAL'
  /** Signed on paper. */
  | 'WRITTEN';

/** What a consent is for. */
export type ConsentPurpose =
  /** Coordinating the participant's case between organisations. */
  | 'CASE_COORDINATION'
  /** Enrolling the participant in programmes. */
  | 'PROGRAMME_ENROLMENT'
  /** Referring the participant to other organisations. */
  | 'REFERRAL'
  /** Counting the participant in statistics. */
  | 'STATISTICS';

/** The kind of contract of a placement. */
export type ContractType =
  /** Work through a temporary-work agency. */
  | 'AGENCY_WORK'
  /** An apprenticeship or paid traineeship. */
  | 'APPRENTICESHIP'
  /** Employment for a fixed term. */
  | 'FIXED_TERM'
  /** Open-ended employment. */
  | 'PERMANENT'
  /** Seasonal work. */
  | 'SEASONAL'
  /** Working on one's own account. */
  | 'SELF_EMPLOYED';

/** A new referral, written by a case worker of the organisation that owns the participant. */
export type CreateReferralInput = {
  /** Service (default) or transfer of the case. */
  kind?: ReferralKind;
  /** What help is asked for. */
  needDomain: NeedDomain;
  /** The participant to refer. */
  participantId: string | number;
  /** How urgent it is. */
  priority?: ReferralPriority;
  /** A programme of that organisation to refer into. */
  programmeId?: string | number | null | undefined;
  /** Why (up to 2000 characters); read by both sides only. */
  reason: string;
  /** The date to answer by (today or later). */
  respondBy: string;
  /** Send at once rather than keep as a draft. */
  send?: boolean;
  /** The organisation asked to help. */
  toOrganisationId: string | number;
};

/** A new follow-up task, about a participant or a referral (exactly one of the two). */
export type CreateTaskInput = {
  /**
   * Whom it is for: an active case manager, staff member or admin of the caller's
   * organisation; the caller when absent.
   */
  assigneeId?: string | number | null | undefined;
  /** The day it is due, today or later. */
  dueOn: string;
  /** The participant it is about (one the caller's organisation owns or serves). */
  participantId?: string | number | null | undefined;
  /** The referral it is about (one the caller's organisation sent or received). */
  referralId?: string | number | null | undefined;
  /** What to do, in a line (1 to 200 characters; please name nobody). */
  title: string;
};

/** Why a referral was declined. */
export type DeclineReason =
  /** The participant does not meet the conditions. */
  | 'NOT_ELIGIBLE'
  /** No free places or staff. */
  | 'NO_CAPACITY'
  /** Another reason (explained in the comment). */
  | 'OTHER'
  /** The participant lives outside the area served. */
  | 'OUT_OF_AREA'
  /** The participant does not want it. */
  | 'PARTICIPANT_DECLINED';

/** Declining: a reason code and an explanation for the referrer. */
export type DeclineReferralInput = {
  /** An explanation for the referrer (required, up to 2000 characters). */
  comment: string;
  /** The referral. */
  id: string | number;
  /** Why. */
  reason: DeclineReason;
  /** The version the caller last saw. */
  version: number;
};

/** Highest completed education. */
export type EducationLevel =
  /** No formal education. */
  | 'NONE'
  /** Primary school. */
  | 'PRIMARY'
  /** Secondary school. */
  | 'SECONDARY'
  /** University or college. */
  | 'TERTIARY'
  /** Not known. */
  | 'UNKNOWN'
  /** Vocational training. */
  | 'VOCATIONAL';

/** Who may take part. */
export type EligibilityInput = {
  /** Legal statuses accepted; empty or absent means any. */
  legalStatuses?: Array<LegalStatus>;
  /** Maximum age in years. */
  maxAge?: number | null | undefined;
  /** Minimum age in years. */
  minAge?: number | null | undefined;
  /** A minimum language level. */
  minLanguage?: LanguageRequirementInput | null | undefined;
};

/** A participant to enrol. */
export type EnrolParticipantInput = {
  /** The participant. */
  participantId: string | number;
  /** The programme. */
  programmeId: string | number;
  /** The accepted referral this enrolment answers; the referral then follows the enrolment. */
  referralId?: string | number | null | undefined;
};

/** Where an enrolment stands. */
export type EnrolmentStatus =
  /** Completed the programme. */
  | 'COMPLETED'
  /** Stopped coming. */
  | 'DROPPED_OUT'
  /** Has a place. */
  | 'ENROLLED'
  /** Waiting for a place, in order of arrival. */
  | 'WAITLISTED'
  /** Left before the end. */
  | 'WITHDRAWN';

/** A participant's record to erase, and why. */
export type EraseParticipantInput = {
  /** The participant. */
  participantId: string | number;
  /** Why (a request under GDPR art. 17, say): 3 to 500 characters, kept with who erased. */
  reason: string;
};

/** A group of participant fields a consent may share. */
export type FieldGroup =
  /** Languages, education, skills, interests, needs, location preference. */
  | 'BACKGROUND'
  /** E-mail and phone. */
  | 'CONTACT'
  /** Names, birth year, gender. */
  | 'IDENTITY'
  /** Legal status, country of origin, arrival date. */
  | 'LEGAL';

/** Gender as the participant states it. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Non-binary. */
  | 'NON_BINARY'
  /** Prefers not to say. */
  | 'UNDISCLOSED';

/** Where a life-card goal stands. */
export type GoalStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Given up. */
  | 'DROPPED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Set, not yet started. */
  | 'OPEN';

/** A minimum level in one language. */
export type LanguageRequirementInput = {
  /** ISO 639 code. */
  language: string;
  /** The minimum CEFR level. */
  level: CefrLevel;
};

/** A language and its level. */
export type LanguageSkillInput = {
  /** ISO 639 code. */
  language: string;
  /** CEFR level. */
  level: CefrLevel;
};

/**
 * Residence or protection status in Slovenia. Legal data: shown only to the owning
 * organisation, and to others only where a consent shares it.
 */
export type LegalStatus =
  /** Has applied for international protection. */
  | 'ASYLUM_SEEKER'
  /** Has international protection (refugee status). */
  | 'INTERNATIONAL_PROTECTION'
  /** Holds a permit to work. */
  | 'LABOUR_MIGRANT'
  /** Another status. */
  | 'OTHER'
  /** Has applied for a residence permit. */
  | 'RESIDENCE_PERMIT_PENDING'
  /** Holds a permit to study. */
  | 'STUDENT'
  /** Has subsidiary protection. */
  | 'SUBSIDIARY_PROTECTION'
  /** Has temporary protection (e.g. from Ukraine). */
  | 'TEMPORARY_PROTECTION';

/** A domain of a participant's life. */
export type LifeDomain =
  /** Schooling and training. */
  | 'EDUCATION'
  /** Work. */
  | 'EMPLOYMENT'
  /** Health. */
  | 'HEALTH'
  /** Housing. */
  | 'HOUSING'
  /** Language learning. */
  | 'LANGUAGE'
  /** Legal matters. */
  | 'LEGAL'
  /** Social life and support. */
  | 'SOCIAL';

/** A text in one language. */
export type LocalisedStringInput = {
  /** ISO 639 code. */
  language: string;
  /** The text. */
  text: string;
};

/** Where a participant would like to live, train or work. */
export type LocationPreference =
  /** Anywhere. */
  | 'ANY'
  /** In the countryside. */
  | 'RURAL'
  /** In a town or city. */
  | 'URBAN';

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** Every unread notification of the caller. */
  all?: boolean;
  /** These notifications, at most 100 (the caller's own; others are ignored). */
  ids?: Array<string | number> | null | undefined;
};

/** The kinds of reason behind a match. */
export type MatchReasonCode =
  /** It builds on skills they have. */
  | 'BUILDS_ON_SKILLS'
  /** Offers the childcare they need. */
  | 'CHILDCARE_OFFERED'
  /** The distance is unknown (a municipality is not recorded or not on the map). */
  | 'DISTANCE_UNKNOWN'
  /** Full: they would join the waitlist. */
  | 'FULL'
  /** Offers the interpretation they need. */
  | 'INTERPRETATION_NEEDED_AND_OFFERED'
  /** No interpretation, which they need. */
  | 'INTERPRETATION_NEEDED_NOT_OFFERED'
  /** Not taught in a language they speak, but interpretation is offered. */
  | 'INTERPRETATION_OFFERED'
  /** A vacancy's occupation or skills are among their interests (values: which). */
  | 'IN_THEIR_INTERESTS'
  /** There are open jobs nearby for the occupations it trains for. */
  | 'LABOUR_DEMAND'
  /** It teaches things they are interested in. */
  | 'MATCHES_INTERESTS'
  /** A vacancy asks for skills they have (values: the skills). */
  | 'NEEDS_THEIR_SKILLS'
  /** No childcare, which they need. */
  | 'NO_CHILDCARE'
  /** Not taught in a language they speak, and no interpretation. */
  | 'NO_COMMON_LANGUAGE'
  /** No open jobs nearby for the occupations it trains for. */
  | 'NO_LABOUR_DEMAND'
  /** How many people the vacancy is for (value: the number). */
  | 'OPENINGS'
  /** In the kind of place (town or countryside) they prefer. */
  | 'SETTING_AS_PREFERRED'
  /** Not in the kind of place they prefer. */
  | 'SETTING_NOT_PREFERRED'
  /** They speak the language the vacancy requires, at its level (value: the language). */
  | 'SPEAKS_REQUIRED_LANGUAGE'
  /** Taught in a language they speak. */
  | 'TAUGHT_IN_THEIR_LANGUAGE'
  /** They completed a programme that trained for the vacancy's occupation (value: it). */
  | 'TRAINED_FOR'
  /** Within their travel distance. */
  | 'WITHIN_REACH';

/** A user's role inside one organisation. */
export type MembershipRole =
  /** Reads statistics and pseudonymised data only. */
  | 'ANALYST'
  /** Registers participants, keeps their life card, refers them on. */
  | 'CASE_MANAGER'
  /** Interpreter or intercultural mediator. */
  | 'MEDIATOR'
  /** Sees only their own mentees. */
  | 'MENTOR'
  /** Manages the organisation's profile and members. */
  | 'ORG_ADMIN'
  /** Works with referrals, programmes and attendance. */
  | 'STAFF';

/** Two records of one person to merge into one. */
export type MergeParticipantsInput = {
  /**
   * The record that goes: its consents, referrals, enrolments, life card, mentorships and
   * mediation requests move to the survivor, and it then answers as the survivor.
   */
  retiredId: string | number;
  /** The record that stays: it keeps its profile and reference code. */
  survivorId: string | number;
};

/** What the receiving organisation is asked to help with. */
export type NeedDomain =
  /** Childcare. */
  | 'CHILDCARE'
  /** Schooling and training. */
  | 'EDUCATION'
  /** Work and job search. */
  | 'EMPLOYMENT'
  /** Health. */
  | 'HEALTH'
  /** Housing. */
  | 'HOUSING'
  /** Language learning. */
  | 'LANGUAGE'
  /** Legal matters. */
  | 'LEGAL'
  /** A mentor. */
  | 'MENTORSHIP'
  /** Social support. */
  | 'SOCIAL';

/** What a notification is about. */
export type NotificationKind =
  /** You were made the case worker of a participant; see `myCaseload`. */
  | 'CASE_ASSIGNED'
  /** A consent you recorded is about to expire. */
  | 'CONSENT_EXPIRING'
  /**
   * A case worker of another organisation was granted emergency access to a participant
   * your organisation owns (org admins), or to any participant (platform auditors); the
   * subject is the grant, see `emergencyAccessGrants`.
   */
  | 'EMERGENCY_ACCESS_GRANTED'
  /** Someone you support got a place in a programme. */
  | 'ENROLMENT_CONFIRMED'
  /** A follow-up outcome is due. */
  | 'FOLLOW_UP_DUE'
  /** You are invited to join an organisation; see `myInvitations`. */
  | 'INVITATION_RECEIVED'
  /** A mediator is needed in one of your languages. */
  | 'MEDIATION_REQUESTED'
  /**
   * Someone asked to reset your password; the e-mail holds the link. Its e-mail is always
   * sent, whatever the preferences.
   */
  | 'PASSWORD_RESET'
  /** Someone you support moved up from a waitlist. */
  | 'PROMOTED_FROM_WAITLIST'
  /** A referral you sent was accepted. */
  | 'REFERRAL_ACCEPTED'
  /** An incoming referral was assigned to you; see `referrals(filter: { assignedToMe: true })`. */
  | 'REFERRAL_ASSIGNED'
  /** A referral you sent was cancelled; `cancelReason` says why. */
  | 'REFERRAL_CANCELLED'
  /** A referral you sent was completed; `outcome` says how it ended. */
  | 'REFERRAL_COMPLETED'
  /** A referral you sent was declined. */
  | 'REFERRAL_DECLINED'
  /** A referral you sent expired unanswered after its respond-by date. */
  | 'REFERRAL_EXPIRED'
  /** A referral was not answered by its respond-by date. */
  | 'REFERRAL_OVERDUE'
  /** A referral was sent to your organisation. */
  | 'REFERRAL_RECEIVED'
  /** A referral you sent was passed on to another organisation. */
  | 'REFERRAL_REDIRECTED'
  /** A referral to your organisation must be answered soon (its respond-by date is near). */
  | 'REFERRAL_RESPOND_BY_SOON'
  /**
   * A session of a programme in which someone you support has a place was cancelled; the
   * subject is the programme.
   */
  | 'SESSION_CANCELLED'
  /**
   * A session of a programme in which someone you support has a place was moved; the
   * subject is the programme.
   */
  | 'SESSION_MOVED'
  /** A programme session is tomorrow. */
  | 'SESSION_REMINDER'
  /** A follow-up task assigned to you is due; see `myTasks`. */
  | 'TASK_DUE';

/** What an organisation is. */
export type OrganisationKind =
  /** A community or diaspora association. */
  | 'COMMUNITY_ASSOCIATION'
  /** A company or employer. */
  | 'COMPANY'
  /** A coworking or collaborative space: coworking, maker space, fab lab, incubator, creative hub, …. */
  | 'CWCS'
  /** A school, university or adult-education centre. */
  | 'EDUCATION'
  /** A health centre. */
  | 'HEALTH_CENTRE'
  /** A housing initiative. */
  | 'HOUSING_INITIATIVE'
  /** A public employment service or private labour agency. */
  | 'LABOUR_AGENCY'
  /** A municipality (local authority). */
  | 'MUNICIPALITY'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Any other kind of organisation. */
  | 'OTHER'
  /** A centre for social work. */
  | 'SOCIAL_WORK_CENTRE'
  /** A trade union. */
  | 'TRADE_UNION'
  /** A youth centre. */
  | 'YOUTH_CENTRE';

/** Support a participant needs to take part. */
export type ParticipantNeed =
  /** Childcare during activities. */
  | 'CHILDCARE'
  /** An interpreter or intercultural mediator. */
  | 'INTERPRETATION'
  /** A mentor. */
  | 'MENTORSHIP'
  /** Help with transport. */
  | 'TRANSPORT';

/** A participant's whole profile. Updating replaces the profile with this one. */
export type ParticipantProfileInput = {
  /** Date of arrival in Slovenia. */
  arrivalDate?: string | null | undefined;
  /** Year of birth. */
  birthYear?: number | null | undefined;
  /** Country of origin, ISO 3166-1 alpha-2. */
  countryOfOrigin?: string | null | undefined;
  /** Highest completed education. */
  educationLevel?: EducationLevel | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Gender. */
  gender?: Gender | null | undefined;
  /** Given name (required). */
  givenName: string;
  /** Interests, as tags. */
  interests?: Array<string>;
  /** Languages spoken. */
  languages?: Array<LanguageSkillInput>;
  /** Legal status. */
  legalStatus?: LegalStatus | null | undefined;
  /** Where the participant would like to be. */
  locationPreference?: LocationPreference | null | undefined;
  /** The farthest the participant can travel, in kilometres. */
  maxTravelKm?: number | null | undefined;
  /** Municipality of residence. */
  municipality?: string | null | undefined;
  /** Support needed to take part. */
  needs?: Array<ParticipantNeed>;
  /** Phone number. */
  phone?: string | null | undefined;
  /** The language to use with the participant, ISO 639 (required). */
  preferredLanguage: string;
  /** Skills, as tags. */
  skills?: Array<string>;
  /** Level of Slovenian. */
  slovenianLevel?: CefrLevel | null | undefined;
};

/** A role on the platform itself, outside any organisation. */
export type PlatformRole =
  /** Reads the audit log. */
  | 'AUDITOR'
  /** Manages organisations and accounts; sees no personal data of participants. */
  | 'PLATFORM_ADMIN';

/** Narrows the programme search; every criterion given must hold. */
export type ProgrammeFilterInput = {
  /** `true`: only programmes offering childcare. */
  childcare?: boolean | null | undefined;
  /** `true`: only programmes offering interpretation. */
  interpretation?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<ProgrammeKind> | null | undefined;
  /** Taught in this language (ISO 639). */
  language?: string | null | undefined;
  /** In this municipality (exactly as spelled in the programme). */
  municipality?: string | null | undefined;
  /** `true`: the programmes the viewer's organisation runs, in every status (drafts too). */
  organisedByMe?: boolean | null | undefined;
  /** Teaching this skill (a tag, e.g. `welding`). */
  skill?: string | null | undefined;
  /** Starting on or after this date. */
  startsFrom?: string | null | undefined;
  /** Words that must all appear in a title, description, skill or target occupation. */
  text?: string | null | undefined;
};

/** What kind of programme it is. */
export type ProgrammeKind =
  /** Preparation for a certificate. */
  | 'CERTIFICATION'
  /** Orientation in Slovenian society and culture. */
  | 'CULTURAL_ORIENTATION'
  /** Starting a business. */
  | 'ENTREPRENEURSHIP'
  /** An integration course. */
  | 'INTEGRATION_COURSE'
  /** An internship. */
  | 'INTERNSHIP'
  /** A language course. */
  | 'LANGUAGE_COURSE'
  /** A hands-on workshop in a maker space or fab lab. */
  | 'MAKER_WORKSHOP'
  /** Mentorship by professionals. */
  | 'MENTORSHIP'
  /** A networking event. */
  | 'NETWORKING_EVENT'
  /** Training for a trade or occupation. */
  | 'VOCATIONAL_TRAINING';

/** Where a programme stands. */
export type ProgrammeStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Finished. */
  | 'COMPLETED'
  /** Being prepared; seen by its organisers only. */
  | 'DRAFT'
  /** Public and open for enrolment. */
  | 'PUBLISHED'
  /** Under way; still public. */
  | 'RUNNING';

/** A consent to record. */
export type RecordConsentInput = {
  /** Organisation kinds covered. */
  coveredKinds?: Array<OrganisationKind>;
  /** Organisations covered by name. */
  coveredOrganisationIds?: Array<string | number>;
  /** When it stops holding; never, when absent. */
  expiresAt?: string | null | undefined;
  /** The field groups it shares. */
  fieldGroups?: Array<FieldGroup>;
  /** The language it was explained and given in (ISO 639). */
  language: string;
  /** How it was given. */
  method: ConsentMethod;
  /** The participant who gave it. */
  participantId: string | number;
  /** What it is for. */
  purpose: ConsentPurpose;
};

/**
 * A job a participant started. Give the employer as an organisation on the platform or by
 * name (exactly one).
 */
export type RecordPlacementInput = {
  /** The kind of contract. */
  contractType: ContractType;
  /** The employer's name, when it is not on the platform. */
  employerName?: string | null | undefined;
  /** The employer, when it is an organisation on the platform. */
  employerOrganisationId?: string | number | null | undefined;
  /** The enrolment the job follows (the participant's). */
  enrolmentId?: string | number | null | undefined;
  /** Hours a week (1 to 60). */
  hoursPerWeek: number;
  /** The occupation. */
  occupation: string;
  /** The participant. */
  participantId: string | number;
  /**
   * The programme the job follows (the participant must have enrolled in it); implied by
   * `enrolmentId`.
   */
  programmeId?: string | number | null | undefined;
  /** The first day of work (at most a year ahead). */
  startsOn: string;
  /** Whether the job uses what the programme trained. */
  usesTraining?: boolean;
};

/** Something that happened to a referral. */
export type ReferralAction =
  /** Accepted. */
  | 'ACCEPT'
  /** Cancelled. */
  | 'CANCEL'
  /** Completed. */
  | 'COMPLETE'
  /** Created as a draft: the first entry of every history, with no status before it. */
  | 'CREATE'
  /** Declined. */
  | 'DECLINE'
  /** Expired unanswered. */
  | 'EXPIRE'
  /** Put on hold. */
  | 'HOLD'
  /** Redirected to another organisation. */
  | 'REDIRECT'
  /** Reopened after a decline or expiry. */
  | 'REOPEN'
  /** Resumed after a hold. */
  | 'RESUME'
  /** Sent (or sent again). */
  | 'SEND'
  /** Service started. */
  | 'START';

/** Narrows a list of referrals; every criterion given must hold. */
export type ReferralFilterInput = {
  /** `true`: only referrals assigned to the viewer (`assignReferral`). */
  assignedToMe?: boolean | null | undefined;
  /** Created at or after this time. */
  createdFrom?: string | null | undefined;
  /** Created before this time. */
  createdTo?: string | null | undefined;
  /** Sent by this organisation. */
  fromOrganisationId?: string | number | null | undefined;
  /**
   * Touching this municipality: either organisation is based there. (Where the participant
   * lives is personal data, so it is never a filter; it only widens a municipal officer's scope.)
   */
  municipality?: string | null | undefined;
  /** For any of these needs. */
  needDomains?: Array<NeedDomain> | null | undefined;
  /** `true`: only referrals still unanswered on or after their respond-by date. */
  overdue?: boolean | null | undefined;
  /** About this participant. */
  participantId?: string | number | null | undefined;
  /** In any of these statuses. */
  statuses?: Array<ReferralStatus> | null | undefined;
  /** Sent to this organisation. */
  toOrganisationId?: string | number | null | undefined;
};

/** What accepting the referral means. */
export type ReferralKind =
  /** Provide a service; the referrer keeps the case. */
  | 'SERVICE'
  /** Take over the case: on acceptance the receiving organisation owns the participant. */
  | 'TRANSFER';

/** How a completed referral ended. */
export type ReferralOutcome =
  /** The participant found work. */
  | 'EMPLOYED'
  /** The participant enrolled in a programme. */
  | 'ENROLLED'
  /** Another outcome. */
  | 'OTHER'
  /** The participant withdrew. */
  | 'PARTICIPANT_WITHDREW'
  /** The service was provided. */
  | 'SERVICE_PROVIDED'
  /** The participant could not be reached. */
  | 'UNREACHABLE';

/** How urgent a referral is. */
export type ReferralPriority =
  /** Soon. */
  | 'HIGH'
  /** When there is time. */
  | 'LOW'
  /** The usual. */
  | 'NORMAL'
  /** At once. */
  | 'URGENT';

/** Where a referral stands (maps onto FHIR Task statuses). */
export type ReferralStatus =
  /** Accepted by the receiving organisation. */
  | 'ACCEPTED'
  /** Cancelled by the referring organisation, or because consent was withdrawn. */
  | 'CANCELLED'
  /** Finished, with an outcome. */
  | 'COMPLETED'
  /** Declined by the receiving organisation, with a reason. */
  | 'DECLINED'
  /** Being written; only the referring organisation sees it. */
  | 'DRAFT'
  /** Not answered by its respond-by date. */
  | 'EXPIRED'
  /** The service has started. */
  | 'IN_PROGRESS'
  /** Paused. */
  | 'ON_HOLD'
  /** Passed on to a third organisation (see the linked referral). */
  | 'REDIRECTED'
  /** Sent; waiting for the receiving organisation to answer. */
  | 'SENT';

/** A step that needs nothing but the referral, the version seen and an optional comment. */
export type ReferralStepInput = {
  /** A comment for the history (up to 2000 characters). */
  comment?: string | null | undefined;
  /** The referral. */
  id: string | number;
  /** The version the caller last saw. */
  version: number;
};

/** A new participant, owned by the organisation the case worker acts in. */
export type RegisterParticipantInput = {
  /**
   * `true` registers the participant even when the organisation already holds people with
   * the same name and birth year, phone or e-mail. Without it such a registration answers
   * the possible duplicates and registers nobody.
   */
  confirmed?: boolean;
  /** The profile. */
  profile: ParticipantProfileInput;
};

/** What an emergency access request names. */
export type RequestEmergencyAccessInput = {
  /** The participant. */
  participantId: string | number;
  /**
   * Why access outside the consent is needed now (15 to 1000 characters). It is shown to the
   * owning organisation's admins and the auditors and written with every read under the
   * grant: say what the emergency is, not who the person is.
   */
  reason: string;
};

/** The address of the account whose password was forgotten. */
export type RequestPasswordResetInput = {
  /** The account's e-mail address. */
  email: string;
};

/** A reset token from the e-mailed link and the new password. */
export type ResetPasswordInput = {
  /** The new password (at least 12 characters). */
  newPassword: string;
  /** The token from the link (`/reset#token=…`). */
  token: string;
};

/** The organisation to act in from now on. */
export type SwitchOrganisationInput = {
  /** An organisation the user is a member of. */
  organisationId: string | number;
};

/** Where a task stands. */
export type TaskStatus =
  /** Done (`completeTask`). */
  | 'DONE'
  /** Still to do. */
  | 'OPEN';

/**
 * Changes to a programme (lead organisation). An absent field stays as it is; `null` clears an
 * optional one. The result is validated by the rules of `createProgramme`.
 */
export type UpdateProgrammeInput = {
  /**
   * How many places: raising it gives the new places to the waitlist in arrival order;
   * below the places taken it is `CAPACITY` and nothing changes.
   */
  capacity?: number | null | undefined;
  /** The certificate awarded on completion. */
  certificate?: string | null | undefined;
  /** Whether childcare is offered. */
  childcare?: boolean | null | undefined;
  /** The cost to the participant in euro cents. */
  costCents?: number | null | undefined;
  /** The new description (replaces the old one). */
  description?: Array<LocalisedStringInput> | null | undefined;
  /** Who may take part (replaces the whole of the old rules). */
  eligibility?: EligibilityInput | null | undefined;
  /** The last day. */
  endsOn?: string | null | undefined;
  /** The programme. */
  id: string | number;
  /** Whether interpretation is offered. */
  interpretation?: boolean | null | undefined;
  /** Languages it is taught in (ISO 639). */
  languagesOfInstruction?: Array<string> | null | undefined;
  /** The share of sessions to attend to complete, in percent. */
  minAttendancePercent?: number | null | undefined;
  /** The new modules. */
  modules?: Array<string> | null | undefined;
  /** The municipality it takes place in. */
  municipality?: string | null | undefined;
  /** Whether partner organisations may schedule, move and cancel sessions too. */
  partnersMayAddSessions?: boolean | null | undefined;
  /** The new skills taught. */
  skillsTaught?: Array<string> | null | undefined;
  /** The first day. */
  startsOn?: string | null | undefined;
  /** Whether the venue has step-free access. */
  stepFreeAccess?: boolean | null | undefined;
  /** The new occupations it prepares for. */
  targetOccupations?: Array<string> | null | undefined;
  /** The new title, in at least one language (replaces the old one). */
  title?: Array<LocalisedStringInput> | null | undefined;
  /** Where it takes place. */
  venue?: string | null | undefined;
};

/** The consent to withdraw. */
export type WithdrawConsentInput = {
  /** The consent. */
  consentId: string | number;
};

export type SwitchOrganisationMutationVariables = Exact<{
  input: SwitchOrganisationInput;
}>;


export type SwitchOrganisationMutation = { switchOrganisation: { accessToken: string, accessTokenExpiresAt: string, me: { actingRole: MembershipRole | null, platformRole: PlatformRole | null, user: { id: string, displayName: string }, actingOrganisation: { id: string, name: string } | null, memberships: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string } }> } } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { unreadNotificationCount: number | null };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string, title: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { endedSessions: number } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, userId: string | null, userName: string | null, organisationId: string | null, organisationName: string | null, role: MembershipRole | null, operation: string, entityType: string | null, entityId: string | null, outcome: AuditOutcome, requestId: string | null, reason: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type MyCaseloadQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyCaseloadQuery = { myCaseload: { nodes: Array<{ id: string, referenceCode: string, givenName: string | null, familyName: string | null, municipality: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { referralStats: { total: number | null, minCell: number | null, responded: number | null, medianFirstResponseHours: number | null, byStatus: Array<{ status: ReferralStatus, count: number | null }> } | null, overdue: { total: number | null, minCell: number | null } | null, byMonthAndStatus: { minCell: number, referrals: { columns: Array<string>, rows: Array<{ group: string, cells: Array<number | null>, total: number | null }> } } | null, byMonthAndNeed: { minCell: number, referrals: { columns: Array<string>, rows: Array<{ group: string, cells: Array<number | null>, total: number | null }> } } | null, referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, needDomain: NeedDomain, participantCode: string, respondBy: string, overdue: boolean, createdAt: string, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } }> } | null };

export type MonthlyTableFragment = { minCell: number, referrals: { columns: Array<string>, rows: Array<{ group: string, cells: Array<number | null>, total: number | null }> } };

export type DirectoryProgrammesQueryVariables = Exact<{
  language: string;
  filter?: ProgrammeFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectoryProgrammesQuery = { programmes: { edges: Array<{ node: { id: string, kind: ProgrammeKind, titleIn: string, municipality: string, placesLeft: number | null, hasPlacesLeft: boolean | null, startsOn: string | null, childcare: boolean, interpretation: boolean, leadOrganisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DirectoryOrganisationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DirectoryOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, kind: OrganisationKind, name: string, municipality: string, workingLanguages: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EmergencyAccessGrantsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EmergencyAccessGrantsQuery = { emergencyAccessGrants: { edges: Array<{ node: { id: string, participantId: string, participantReferenceCode: string | null, reason: string, grantedAt: string, expiresAt: string, active: boolean, holder: { id: string, displayName: string } | null, organisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type EraseParticipantMutationVariables = Exact<{
  input: EraseParticipantInput;
}>;


export type EraseParticipantMutation = { eraseParticipant: { erasedAt: string, cancelledReferralIds: Array<string> } };

export type RecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { placement: { id: string } } };

export type MatchParticipantsQueryVariables = Exact<{
  language: string;
}>;


export type MatchParticipantsQuery = { participants: { nodes: Array<{ id: string, referenceCode: string, givenName: string | null }> } | null, programmes: { nodes: Array<{ id: string, titleIn: string }> }, vacancies: { nodes: Array<{ id: string, occupation: string, municipality: string, openings: number, validUntil: string, skills: Array<string>, organisation: { id: string, name: string } | null }> } | null };

export type ProgrammeMatchesQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ProgrammeMatchesQuery = { matchParticipants: Array<{ score: number, reasonDetails: Array<{ code: MatchReasonCode, values: Array<string> }>, participant: { id: string, referenceCode: string, givenName: string | null } }> | null };

export type ReferFromMatchMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type ReferFromMatchMutation = { createReferral: { referral: { id: string, status: ReferralStatus } } };

export type MatchesQueryVariables = Exact<{
  participantId: string | number;
  language: string;
}>;


export type MatchesQuery = { matchProgrammes: Array<{ score: number, reasonDetails: Array<{ code: MatchReasonCode, values: Array<string> }>, programme: { id: string, kind: ProgrammeKind, titleIn: string, municipality: string, placesLeft: number | null, hasPlacesLeft: boolean | null, leadOrganisation: { id: string, name: string } } }> | null };

export type EnrolMutationVariables = Exact<{
  input: EnrolParticipantInput;
}>;


export type EnrolMutation = { enrolParticipant: { enrolment: { id: string, status: EnrolmentStatus, position: number } } };

export type NotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, subjectId: string, title: string, createdAt: string, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type NotificationRowFragment = { id: string, kind: NotificationKind, subjectId: string, title: string, createdAt: string, readAt: string | null };

export type NotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationQuery = { notification: { id: string, kind: NotificationKind, subjectId: string, title: string, createdAt: string, readAt: string | null } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unread: number } };

export type ParticipantDetailQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type ParticipantDetailQuery = { participant: { id: string, referenceCode: string, givenName: string | null, familyName: string | null, preferredLanguage: string | null, municipality: string | null, skills: Array<string> | null, legalStatus: LegalStatus | null, ownerOrganisation: { id: string, name: string }, history: { enrolments: Array<{ id: string, status: EnrolmentStatus, completedOn: string | null, programme: { id: string, titleIn: string } | null }>, placements: Array<{ id: string, occupation: string, employerName: string | null, contractType: ContractType, hoursPerWeek: number, startsOn: string, employerOrganisation: { id: string, name: string } | null }> } | null, consents: Array<{ id: string, purpose: ConsentPurpose, coveredKinds: Array<OrganisationKind>, coveredOrganisationIds: Array<string>, fieldGroups: Array<FieldGroup>, method: ConsentMethod, givenAt: string, expiresAt: string | null, withdrawnAt: string | null, active: boolean }> | null, lifeCard: { goals: Array<{ id: string, domain: LifeDomain, title: string, targetDate: string | null, status: GoalStatus }> | null, timeline: { nodes: Array<{ id: string, domain: LifeDomain, note: string, occurredOn: string, organisation: { id: string, name: string } | null }> } | null } } | null, organisations: { nodes: Array<{ id: string, name: string, kind: OrganisationKind }> }, programmes: { nodes: Array<{ id: string, titleIn: string }> } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { consent: { id: string } } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { cancelledReferralIds: Array<string>, consent: { id: string } } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { referral: { id: string, status: ReferralStatus } } };

export type AddLifeGoalMutationVariables = Exact<{
  input: AddLifeGoalInput;
}>;


export type AddLifeGoalMutation = { addLifeGoal: { goal: { id: string } } };

export type AddLifeEntryMutationVariables = Exact<{
  input: AddLifeEntryInput;
}>;


export type AddLifeEntryMutation = { addLifeEntry: { entry: { id: string } } };

export type RecordByCodeQueryVariables = Exact<{
  search: string;
}>;


export type RecordByCodeQuery = { participants: { nodes: Array<{ id: string, referenceCode: string }> } | null };

export type MergeParticipantsMutationVariables = Exact<{
  input: MergeParticipantsInput;
}>;


export type MergeParticipantsMutation = { mergeParticipants: { participant: { id: string } } };

export type ParticipantsQueryVariables = Exact<{
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ParticipantsQuery = { participants: { nodes: Array<{ id: string, referenceCode: string, givenName: string | null, familyName: string | null, municipality: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type RegisterParticipantMutationVariables = Exact<{
  input: RegisterParticipantInput;
}>;


export type RegisterParticipantMutation = { registerParticipant: { participant: { id: string, referenceCode: string } | null, possibleDuplicates: Array<{ id: string, referenceCode: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { validForMinutes: number } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { passwordChanged: boolean } };

export type MyProgrammesQueryVariables = Exact<{
  language: string;
}>;


export type MyProgrammesQuery = { programmes: { nodes: Array<{ id: string, titleIn: string, status: ProgrammeStatus, capacity: number, municipality: string }> } };

export type EditProgrammeQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type EditProgrammeQuery = { programme: { id: string, titleIn: string, status: ProgrammeStatus, venue: string | null, capacity: number, startsOn: string | null, endsOn: string | null, partnersMayAddSessions: boolean, organisedByMe: boolean, stats: { enrolled: number | null, waitlisted: number | null } } | null };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { programme: { id: string, capacity: number }, promoted: Array<{ id: string, position: number }> } };

export type ReferralDetailQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type ReferralDetailQuery = { referral: { id: string, status: ReferralStatus, kind: ReferralKind, needDomain: NeedDomain, priority: ReferralPriority, reason: string | null, respondBy: string, overdue: boolean, version: number, declineReason: DeclineReason | null, outcome: ReferralOutcome | null, participantCode: string, createdAt: string, sentAt: string | null, firstResponseAt: string | null, participant: { id: string, givenName: string | null, familyName: string | null, preferredLanguage: string | null } | null, programme: { id: string, titleIn: string } | null, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string }, history: Array<{ at: string, action: ReferralAction, fromStatus: ReferralStatus | null, toStatus: ReferralStatus, comment: string | null, actorOrganisation: { id: string, name: string } | null }> } | null };

export type AcceptReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type AcceptReferralMutation = { acceptReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type StartReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type StartReferralMutation = { startReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type HoldReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type HoldReferralMutation = { holdReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type ResumeReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type ResumeReferralMutation = { resumeReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type DeclineReferralMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type DeclineReferralMutation = { declineReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type CompleteReferralMutationVariables = Exact<{
  input: CompleteReferralInput;
}>;


export type CompleteReferralMutation = { completeReferral: { referral: { id: string, version: number, status: ReferralStatus } } };

export type ReferralRowFragment = { id: string, status: ReferralStatus, needDomain: NeedDomain, participantCode: string, respondBy: string, overdue: boolean, createdAt: string, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralsQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, needDomain: NeedDomain, participantCode: string, respondBy: string, overdue: boolean, createdAt: string, fromOrganisation: { id: string, name: string }, toOrganisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type RequestEmergencyAccessMutationVariables = Exact<{
  input: RequestEmergencyAccessInput;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { grant: { id: string, expiresAt: string } } };

export type MyTasksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyTasksQuery = { myTasks: { nodes: Array<{ id: string, title: string, dueOn: string, status: TaskStatus, overdue: boolean, participantId: string | null, referralId: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, myCaseload: { nodes: Array<{ id: string, referenceCode: string, givenName: string | null, familyName: string | null }> } | null };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { task: { id: string } } };

export type CompleteTaskMutationVariables = Exact<{
  input: CompleteTaskInput;
}>;


export type CompleteTaskMutation = { completeTask: { task: { id: string, status: TaskStatus } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { actingRole: MembershipRole | null, platformRole: PlatformRole | null, user: { id: string, displayName: string }, actingOrganisation: { id: string, name: string } | null, memberships: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MonthlyTableFragmentDoc = new TypedDocumentString(`
    fragment MonthlyTable on Indicators {
  minCell
  referrals {
    columns
    rows {
      group
      cells
      total
    }
  }
}
    `, {"fragmentName":"MonthlyTable"}) as unknown as TypedDocumentString<MonthlyTableFragment, unknown>;
export const NotificationRowFragmentDoc = new TypedDocumentString(`
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}
    `, {"fragmentName":"NotificationRow"}) as unknown as TypedDocumentString<NotificationRowFragment, unknown>;
export const ReferralRowFragmentDoc = new TypedDocumentString(`
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}
    `, {"fragmentName":"ReferralRow"}) as unknown as TypedDocumentString<ReferralRowFragment, unknown>;
export const SwitchOrganisationDocument = new TypedDocumentString(`
    mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
  switchOrganisation(input: $input) {
    accessToken
    accessTokenExpiresAt
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SwitchOrganisationMutation, SwitchOrganisationMutationVariables>;
export const UnreadCountDocument = new TypedDocumentString(`
    query UnreadCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadCountQuery, UnreadCountQueryVariables>;
export const NotificationReceivedDocument = new TypedDocumentString(`
    subscription NotificationReceived {
  notificationReceived {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    endedSessions
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditFilterInput, $after: String) {
  auditLog(filter: $filter, first: 25, after: $after) {
    edges {
      node {
        id
        at
        userId
        userName
        organisationId
        organisationName
        role
        operation
        entityType
        entityId
        outcome
        requestId
        reason
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MyCaseloadDocument = new TypedDocumentString(`
    query MyCaseload($after: String) {
  myCaseload(first: 20, after: $after) {
    nodes {
      id
      referenceCode
      givenName
      familyName
      municipality
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  referralStats {
    total
    minCell
    responded
    medianFirstResponseHours
    byStatus {
      status
      count
    }
  }
  overdue: referralStats(filter: {overdue: true}) {
    total
    minCell
  }
  byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {
    ...MonthlyTable
  }
  byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {
    ...MonthlyTable
  }
  referrals(first: 10) {
    edges {
      node {
        ...ReferralRow
      }
    }
  }
}
    fragment MonthlyTable on Indicators {
  minCell
  referrals {
    columns
    rows {
      group
      cells
      total
    }
  }
}
fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DirectoryProgrammesDocument = new TypedDocumentString(`
    query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
  programmes(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        hasPlacesLeft
        startsOn
        childcare
        interpretation
        leadOrganisation {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryProgrammesQuery, DirectoryProgrammesQueryVariables>;
export const DirectoryOrganisationsDocument = new TypedDocumentString(`
    query DirectoryOrganisations($after: String) {
  organisations(first: 20, after: $after) {
    edges {
      node {
        id
        kind
        name
        municipality
        workingLanguages
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryOrganisationsQuery, DirectoryOrganisationsQueryVariables>;
export const EmergencyAccessGrantsDocument = new TypedDocumentString(`
    query EmergencyAccessGrants($after: String) {
  emergencyAccessGrants(first: 25, after: $after) {
    edges {
      node {
        id
        participantId
        participantReferenceCode
        holder {
          id
          displayName
        }
        organisation {
          id
          name
        }
        reason
        grantedAt
        expiresAt
        active
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EmergencyAccessGrantsQuery, EmergencyAccessGrantsQueryVariables>;
export const EraseParticipantDocument = new TypedDocumentString(`
    mutation EraseParticipant($input: EraseParticipantInput!) {
  eraseParticipant(input: $input) {
    erasedAt
    cancelledReferralIds
  }
}
    `) as unknown as TypedDocumentString<EraseParticipantMutation, EraseParticipantMutationVariables>;
export const RecordPlacementDocument = new TypedDocumentString(`
    mutation RecordPlacement($input: RecordPlacementInput!) {
  recordPlacement(input: $input) {
    placement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const MatchParticipantsDocument = new TypedDocumentString(`
    query MatchParticipants($language: String!) {
  participants(first: 100) {
    nodes {
      id
      referenceCode
      givenName
    }
  }
  programmes(first: 100) {
    nodes {
      id
      titleIn(language: $language)
    }
  }
  vacancies(first: 20) {
    nodes {
      id
      occupation
      municipality
      openings
      validUntil
      skills
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchParticipantsQuery, MatchParticipantsQueryVariables>;
export const ProgrammeMatchesDocument = new TypedDocumentString(`
    query ProgrammeMatches($programmeId: ID!) {
  matchParticipants(programmeId: $programmeId, first: 20) {
    score
    reasonDetails {
      code
      values
    }
    participant {
      id
      referenceCode
      givenName
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeMatchesQuery, ProgrammeMatchesQueryVariables>;
export const ReferFromMatchDocument = new TypedDocumentString(`
    mutation ReferFromMatch($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReferFromMatchMutation, ReferFromMatchMutationVariables>;
export const MatchesDocument = new TypedDocumentString(`
    query Matches($participantId: ID!, $language: String!) {
  matchProgrammes(participantId: $participantId, first: 20) {
    score
    reasonDetails {
      code
      values
    }
    programme {
      id
      kind
      titleIn(language: $language)
      municipality
      placesLeft
      hasPlacesLeft
      leadOrganisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchesQuery, MatchesQueryVariables>;
export const EnrolDocument = new TypedDocumentString(`
    mutation Enrol($input: EnrolParticipantInput!) {
  enrolParticipant(input: $input) {
    enrolment {
      id
      status
      position
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolMutation, EnrolMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($after: String) {
  notifications(first: 20, after: $after) {
    edges {
      node {
        ...NotificationRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationDocument = new TypedDocumentString(`
    query Notification($id: ID!) {
  notification(id: $id) {
    ...NotificationRow
  }
}
    fragment NotificationRow on Notification {
  id
  kind
  subjectId
  title
  createdAt
  readAt
}`) as unknown as TypedDocumentString<NotificationQuery, NotificationQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unread
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ParticipantDetailDocument = new TypedDocumentString(`
    query ParticipantDetail($id: ID!, $language: String!) {
  participant(id: $id) {
    id
    referenceCode
    givenName
    familyName
    preferredLanguage
    municipality
    skills
    legalStatus
    ownerOrganisation {
      id
      name
    }
    history {
      enrolments {
        id
        status
        completedOn
        programme {
          id
          titleIn(language: $language)
        }
      }
      placements {
        id
        occupation
        employerName
        employerOrganisation {
          id
          name
        }
        contractType
        hoursPerWeek
        startsOn
      }
    }
    consents {
      id
      purpose
      coveredKinds
      coveredOrganisationIds
      fieldGroups
      method
      givenAt
      expiresAt
      withdrawnAt
      active
    }
    lifeCard {
      goals {
        id
        domain
        title
        targetDate
        status
      }
      timeline(first: 20) {
        nodes {
          id
          domain
          note
          occurredOn
          organisation {
            id
            name
          }
        }
      }
    }
  }
  organisations(first: 100) {
    nodes {
      id
      name
      kind
    }
  }
  programmes(first: 100) {
    nodes {
      id
      titleIn(language: $language)
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipantDetailQuery, ParticipantDetailQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    consent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    consent {
      id
    }
    cancelledReferralIds
  }
}
    `) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    referral {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const AddLifeGoalDocument = new TypedDocumentString(`
    mutation AddLifeGoal($input: AddLifeGoalInput!) {
  addLifeGoal(input: $input) {
    goal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddLifeGoalMutation, AddLifeGoalMutationVariables>;
export const AddLifeEntryDocument = new TypedDocumentString(`
    mutation AddLifeEntry($input: AddLifeEntryInput!) {
  addLifeEntry(input: $input) {
    entry {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddLifeEntryMutation, AddLifeEntryMutationVariables>;
export const RecordByCodeDocument = new TypedDocumentString(`
    query RecordByCode($search: String!) {
  participants(filter: {search: $search}, first: 10) {
    nodes {
      id
      referenceCode
    }
  }
}
    `) as unknown as TypedDocumentString<RecordByCodeQuery, RecordByCodeQueryVariables>;
export const MergeParticipantsDocument = new TypedDocumentString(`
    mutation MergeParticipants($input: MergeParticipantsInput!) {
  mergeParticipants(input: $input) {
    participant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeParticipantsMutation, MergeParticipantsMutationVariables>;
export const ParticipantsDocument = new TypedDocumentString(`
    query Participants($after: String, $search: String) {
  participants(first: 20, after: $after, filter: {search: $search}) {
    nodes {
      id
      referenceCode
      givenName
      familyName
      municipality
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipantsQuery, ParticipantsQueryVariables>;
export const RegisterParticipantDocument = new TypedDocumentString(`
    mutation RegisterParticipant($input: RegisterParticipantInput!) {
  registerParticipant(input: $input) {
    participant {
      id
      referenceCode
    }
    possibleDuplicates {
      id
      referenceCode
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterParticipantMutation, RegisterParticipantMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    validForMinutes
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    passwordChanged
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyProgrammesDocument = new TypedDocumentString(`
    query MyProgrammes($language: String!) {
  programmes(filter: {organisedByMe: true}, first: 100) {
    nodes {
      id
      titleIn(language: $language)
      status
      capacity
      municipality
    }
  }
}
    `) as unknown as TypedDocumentString<MyProgrammesQuery, MyProgrammesQueryVariables>;
export const EditProgrammeDocument = new TypedDocumentString(`
    query EditProgramme($id: ID!, $language: String!) {
  programme(id: $id) {
    id
    titleIn(language: $language)
    status
    venue
    capacity
    startsOn
    endsOn
    partnersMayAddSessions
    organisedByMe
    stats {
      enrolled
      waitlisted
    }
  }
}
    `) as unknown as TypedDocumentString<EditProgrammeQuery, EditProgrammeQueryVariables>;
export const UpdateProgrammeDocument = new TypedDocumentString(`
    mutation UpdateProgramme($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    programme {
      id
      capacity
    }
    promoted {
      id
      position
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const ReferralDetailDocument = new TypedDocumentString(`
    query ReferralDetail($id: ID!, $language: String!) {
  referral(id: $id) {
    id
    status
    kind
    needDomain
    priority
    reason
    respondBy
    overdue
    version
    declineReason
    outcome
    participantCode
    participant {
      id
      givenName
      familyName
      preferredLanguage
    }
    programme {
      id
      titleIn(language: $language)
    }
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
    createdAt
    sentAt
    firstResponseAt
    history {
      at
      action
      fromStatus
      toStatus
      actorOrganisation {
        id
        name
      }
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const AcceptReferralDocument = new TypedDocumentString(`
    mutation AcceptReferral($input: ReferralStepInput!) {
  acceptReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const StartReferralDocument = new TypedDocumentString(`
    mutation StartReferral($input: ReferralStepInput!) {
  startReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StartReferralMutation, StartReferralMutationVariables>;
export const HoldReferralDocument = new TypedDocumentString(`
    mutation HoldReferral($input: ReferralStepInput!) {
  holdReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HoldReferralMutation, HoldReferralMutationVariables>;
export const ResumeReferralDocument = new TypedDocumentString(`
    mutation ResumeReferral($input: ReferralStepInput!) {
  resumeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeReferralMutation, ResumeReferralMutationVariables>;
export const DeclineReferralDocument = new TypedDocumentString(`
    mutation DeclineReferral($input: DeclineReferralInput!) {
  declineReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const CompleteReferralDocument = new TypedDocumentString(`
    mutation CompleteReferral($input: CompleteReferralInput!) {
  completeReferral(input: $input) {
    referral {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($filter: ReferralFilterInput, $after: String) {
  referrals(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        ...ReferralRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReferralRow on Referral {
  id
  status
  needDomain
  participantCode
  respondBy
  overdue
  createdAt
  fromOrganisation {
    id
    name
  }
  toOrganisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const RequestEmergencyAccessDocument = new TypedDocumentString(`
    mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {
  requestEmergencyAccess(input: $input) {
    grant {
      id
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($after: String) {
  myTasks(first: 50, after: $after) {
    nodes {
      id
      title
      dueOn
      status
      overdue
      participantId
      referralId
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  myCaseload(first: 100) {
    nodes {
      id
      referenceCode
      givenName
      familyName
    }
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($input: CompleteTaskInput!) {
  completeTask(input: $input) {
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      displayName
    }
    actingRole
    platformRole
    actingOrganisation {
      id
      name
    }
    memberships {
      id
      role
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;