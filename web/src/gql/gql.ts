/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      me {\n        user {\n          id\n          displayName\n        }\n        actingRole\n        platformRole\n        actingOrganisation {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          userId\n          userName\n          organisationId\n          organisationName\n          role\n          operation\n          entityType\n          entityId\n          outcome\n          requestId\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MyCaseload($after: String) {\n    myCaseload(first: 20, after: $after) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCaseloadDocument,
    "\n  query Dashboard {\n    referralStats {\n      total\n      minCell\n      responded\n      medianFirstResponseHours\n      byStatus {\n        status\n        count\n      }\n    }\n    overdue: referralStats(filter: { overdue: true }) {\n      total\n      minCell\n    }\n    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {\n      ...MonthlyTable\n    }\n    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {\n      ...MonthlyTable\n    }\n    referrals(first: 10) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment MonthlyTable on Indicators {\n    minCell\n    referrals {\n      columns\n      rows {\n        group\n        cells\n        total\n      }\n    }\n  }\n": typeof types.MonthlyTableFragmentDoc,
    "\n  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {\n    programmes(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          titleIn(language: $language)\n          municipality\n          placesLeft\n          hasPlacesLeft\n          startsOn\n          childcare\n          interpretation\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryProgrammesDocument,
    "\n  query DirectoryOrganisations($after: String) {\n    organisations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          municipality\n          workingLanguages\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryOrganisationsDocument,
    "\n  query EmergencyAccessGrants($after: String) {\n    emergencyAccessGrants(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          participantId\n          participantReferenceCode\n          holder {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EmergencyAccessGrantsDocument,
    "\n  mutation EraseParticipant($input: EraseParticipantInput!) {\n    eraseParticipant(input: $input) {\n      erasedAt\n      cancelledReferralIds\n    }\n  }\n": typeof types.EraseParticipantDocument,
    "\n  mutation RecordPlacement($input: RecordPlacementInput!) {\n    recordPlacement(input: $input) {\n      placement {\n        id\n      }\n    }\n  }\n": typeof types.RecordPlacementDocument,
    "\n  query MatchParticipants($language: String!) {\n    participants(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n    vacancies(first: 20) {\n      nodes {\n        id\n        occupation\n        municipality\n        openings\n        validUntil\n        skills\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MatchParticipantsDocument,
    "\n  query ProgrammeMatches($programmeId: ID!) {\n    matchParticipants(programmeId: $programmeId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      participant {\n        id\n        referenceCode\n        givenName\n      }\n    }\n  }\n": typeof types.ProgrammeMatchesDocument,
    "\n  mutation ReferFromMatch($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReferFromMatchDocument,
    "\n  query Matches($participantId: ID!, $language: String!) {\n    matchProgrammes(participantId: $participantId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      programme {\n        id\n        kind\n        titleIn(language: $language)\n        municipality\n        placesLeft\n        hasPlacesLeft\n        leadOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MatchesDocument,
    "\n  mutation Enrol($input: EnrolParticipantInput!) {\n    enrolParticipant(input: $input) {\n      enrolment {\n        id\n        status\n        position\n      }\n    }\n  }\n": typeof types.EnrolDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    subjectId\n    title\n    createdAt\n    readAt\n  }\n": typeof types.NotificationRowFragmentDoc,
    "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationRow\n    }\n  }\n": typeof types.NotificationDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unread\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ParticipantDetail($id: ID!, $language: String!) {\n    participant(id: $id) {\n      id\n      referenceCode\n      givenName\n      familyName\n      preferredLanguage\n      municipality\n      skills\n      legalStatus\n      ownerOrganisation {\n        id\n        name\n      }\n      history {\n        enrolments {\n          id\n          status\n          completedOn\n          programme {\n            id\n            titleIn(language: $language)\n          }\n        }\n        placements {\n          id\n          occupation\n          employerName\n          employerOrganisation {\n            id\n            name\n          }\n          contractType\n          hoursPerWeek\n          startsOn\n        }\n      }\n      consents {\n        id\n        purpose\n        coveredKinds\n        coveredOrganisationIds\n        fieldGroups\n        method\n        givenAt\n        expiresAt\n        withdrawnAt\n        active\n      }\n      lifeCard {\n        goals {\n          id\n          domain\n          title\n          targetDate\n          status\n        }\n        timeline(first: 20) {\n          nodes {\n            id\n            domain\n            note\n            occurredOn\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n  }\n": typeof types.ParticipantDetailDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      consent {\n        id\n      }\n      cancelledReferralIds\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation AddLifeGoal($input: AddLifeGoalInput!) {\n    addLifeGoal(input: $input) {\n      goal {\n        id\n      }\n    }\n  }\n": typeof types.AddLifeGoalDocument,
    "\n  mutation AddLifeEntry($input: AddLifeEntryInput!) {\n    addLifeEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AddLifeEntryDocument,
    "\n  query RecordByCode($search: String!) {\n    participants(filter: { search: $search }, first: 10) {\n      nodes {\n        id\n        referenceCode\n      }\n    }\n  }\n": typeof types.RecordByCodeDocument,
    "\n  mutation MergeParticipants($input: MergeParticipantsInput!) {\n    mergeParticipants(input: $input) {\n      participant {\n        id\n      }\n    }\n  }\n": typeof types.MergeParticipantsDocument,
    "\n  query Participants($after: String, $search: String) {\n    participants(first: 20, after: $after, filter: { search: $search }) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      participant {\n        id\n        referenceCode\n      }\n      possibleDuplicates {\n        id\n        referenceCode\n      }\n    }\n  }\n": typeof types.RegisterParticipantDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      validForMinutes\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyProgrammes($language: String!) {\n    programmes(filter: { organisedByMe: true }, first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n        status\n        capacity\n        municipality\n      }\n    }\n  }\n": typeof types.MyProgrammesDocument,
    "\n  query EditProgramme($id: ID!, $language: String!) {\n    programme(id: $id) {\n      id\n      titleIn(language: $language)\n      status\n      venue\n      capacity\n      startsOn\n      endsOn\n      partnersMayAddSessions\n      organisedByMe\n      stats {\n        enrolled\n        waitlisted\n      }\n    }\n  }\n": typeof types.EditProgrammeDocument,
    "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      programme {\n        id\n        capacity\n      }\n      promoted {\n        id\n        position\n      }\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  query ReferralDetail($id: ID!, $language: String!) {\n    referral(id: $id) {\n      id\n      status\n      kind\n      needDomain\n      priority\n      reason\n      respondBy\n      overdue\n      version\n      declineReason\n      outcome\n      participantCode\n      participant {\n        id\n        givenName\n        familyName\n        preferredLanguage\n      }\n      programme {\n        id\n        titleIn(language: $language)\n      }\n      fromOrganisation {\n        id\n        name\n      }\n      toOrganisation {\n        id\n        name\n      }\n      createdAt\n      sentAt\n      firstResponseAt\n      history {\n        at\n        action\n        fromStatus\n        toStatus\n        actorOrganisation {\n          id\n          name\n        }\n        comment\n      }\n    }\n  }\n": typeof types.ReferralDetailDocument,
    "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation StartReferral($input: ReferralStepInput!) {\n    startReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.StartReferralDocument,
    "\n  mutation HoldReferral($input: ReferralStepInput!) {\n    holdReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.HoldReferralDocument,
    "\n  mutation ResumeReferral($input: ReferralStepInput!) {\n    resumeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.ResumeReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": typeof types.CompleteReferralDocument,
    "\n  fragment ReferralRow on Referral {\n    id\n    status\n    needDomain\n    participantCode\n    respondBy\n    overdue\n    createdAt\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.ReferralRowFragmentDoc,
    "\n  query Referrals($filter: ReferralFilterInput, $after: String) {\n    referrals(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      grant {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.RequestEmergencyAccessDocument,
    "\n  query MyTasks($after: String) {\n    myTasks(first: 50, after: $after) {\n      nodes {\n        id\n        title\n        dueOn\n        status\n        overdue\n        participantId\n        referralId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myCaseload(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      actingRole\n      platformRole\n      actingOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      me {\n        user {\n          id\n          displayName\n        }\n        actingRole\n        platformRole\n        actingOrganisation {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditLog($filter: AuditFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          userId\n          userName\n          organisationId\n          organisationName\n          role\n          operation\n          entityType\n          entityId\n          outcome\n          requestId\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MyCaseload($after: String) {\n    myCaseload(first: 20, after: $after) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCaseloadDocument,
    "\n  query Dashboard {\n    referralStats {\n      total\n      minCell\n      responded\n      medianFirstResponseHours\n      byStatus {\n        status\n        count\n      }\n    }\n    overdue: referralStats(filter: { overdue: true }) {\n      total\n      minCell\n    }\n    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {\n      ...MonthlyTable\n    }\n    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {\n      ...MonthlyTable\n    }\n    referrals(first: 10) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment MonthlyTable on Indicators {\n    minCell\n    referrals {\n      columns\n      rows {\n        group\n        cells\n        total\n      }\n    }\n  }\n": types.MonthlyTableFragmentDoc,
    "\n  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {\n    programmes(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          titleIn(language: $language)\n          municipality\n          placesLeft\n          hasPlacesLeft\n          startsOn\n          childcare\n          interpretation\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryProgrammesDocument,
    "\n  query DirectoryOrganisations($after: String) {\n    organisations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          municipality\n          workingLanguages\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryOrganisationsDocument,
    "\n  query EmergencyAccessGrants($after: String) {\n    emergencyAccessGrants(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          participantId\n          participantReferenceCode\n          holder {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EmergencyAccessGrantsDocument,
    "\n  mutation EraseParticipant($input: EraseParticipantInput!) {\n    eraseParticipant(input: $input) {\n      erasedAt\n      cancelledReferralIds\n    }\n  }\n": types.EraseParticipantDocument,
    "\n  mutation RecordPlacement($input: RecordPlacementInput!) {\n    recordPlacement(input: $input) {\n      placement {\n        id\n      }\n    }\n  }\n": types.RecordPlacementDocument,
    "\n  query MatchParticipants($language: String!) {\n    participants(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n    vacancies(first: 20) {\n      nodes {\n        id\n        occupation\n        municipality\n        openings\n        validUntil\n        skills\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MatchParticipantsDocument,
    "\n  query ProgrammeMatches($programmeId: ID!) {\n    matchParticipants(programmeId: $programmeId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      participant {\n        id\n        referenceCode\n        givenName\n      }\n    }\n  }\n": types.ProgrammeMatchesDocument,
    "\n  mutation ReferFromMatch($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": types.ReferFromMatchDocument,
    "\n  query Matches($participantId: ID!, $language: String!) {\n    matchProgrammes(participantId: $participantId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      programme {\n        id\n        kind\n        titleIn(language: $language)\n        municipality\n        placesLeft\n        hasPlacesLeft\n        leadOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MatchesDocument,
    "\n  mutation Enrol($input: EnrolParticipantInput!) {\n    enrolParticipant(input: $input) {\n      enrolment {\n        id\n        status\n        position\n      }\n    }\n  }\n": types.EnrolDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    subjectId\n    title\n    createdAt\n    readAt\n  }\n": types.NotificationRowFragmentDoc,
    "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationRow\n    }\n  }\n": types.NotificationDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unread\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ParticipantDetail($id: ID!, $language: String!) {\n    participant(id: $id) {\n      id\n      referenceCode\n      givenName\n      familyName\n      preferredLanguage\n      municipality\n      skills\n      legalStatus\n      ownerOrganisation {\n        id\n        name\n      }\n      history {\n        enrolments {\n          id\n          status\n          completedOn\n          programme {\n            id\n            titleIn(language: $language)\n          }\n        }\n        placements {\n          id\n          occupation\n          employerName\n          employerOrganisation {\n            id\n            name\n          }\n          contractType\n          hoursPerWeek\n          startsOn\n        }\n      }\n      consents {\n        id\n        purpose\n        coveredKinds\n        coveredOrganisationIds\n        fieldGroups\n        method\n        givenAt\n        expiresAt\n        withdrawnAt\n        active\n      }\n      lifeCard {\n        goals {\n          id\n          domain\n          title\n          targetDate\n          status\n        }\n        timeline(first: 20) {\n          nodes {\n            id\n            domain\n            note\n            occurredOn\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n  }\n": types.ParticipantDetailDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      consent {\n        id\n      }\n      cancelledReferralIds\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation AddLifeGoal($input: AddLifeGoalInput!) {\n    addLifeGoal(input: $input) {\n      goal {\n        id\n      }\n    }\n  }\n": types.AddLifeGoalDocument,
    "\n  mutation AddLifeEntry($input: AddLifeEntryInput!) {\n    addLifeEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.AddLifeEntryDocument,
    "\n  query RecordByCode($search: String!) {\n    participants(filter: { search: $search }, first: 10) {\n      nodes {\n        id\n        referenceCode\n      }\n    }\n  }\n": types.RecordByCodeDocument,
    "\n  mutation MergeParticipants($input: MergeParticipantsInput!) {\n    mergeParticipants(input: $input) {\n      participant {\n        id\n      }\n    }\n  }\n": types.MergeParticipantsDocument,
    "\n  query Participants($after: String, $search: String) {\n    participants(first: 20, after: $after, filter: { search: $search }) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ParticipantsDocument,
    "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      participant {\n        id\n        referenceCode\n      }\n      possibleDuplicates {\n        id\n        referenceCode\n      }\n    }\n  }\n": types.RegisterParticipantDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      validForMinutes\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query MyProgrammes($language: String!) {\n    programmes(filter: { organisedByMe: true }, first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n        status\n        capacity\n        municipality\n      }\n    }\n  }\n": types.MyProgrammesDocument,
    "\n  query EditProgramme($id: ID!, $language: String!) {\n    programme(id: $id) {\n      id\n      titleIn(language: $language)\n      status\n      venue\n      capacity\n      startsOn\n      endsOn\n      partnersMayAddSessions\n      organisedByMe\n      stats {\n        enrolled\n        waitlisted\n      }\n    }\n  }\n": types.EditProgrammeDocument,
    "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      programme {\n        id\n        capacity\n      }\n      promoted {\n        id\n        position\n      }\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  query ReferralDetail($id: ID!, $language: String!) {\n    referral(id: $id) {\n      id\n      status\n      kind\n      needDomain\n      priority\n      reason\n      respondBy\n      overdue\n      version\n      declineReason\n      outcome\n      participantCode\n      participant {\n        id\n        givenName\n        familyName\n        preferredLanguage\n      }\n      programme {\n        id\n        titleIn(language: $language)\n      }\n      fromOrganisation {\n        id\n        name\n      }\n      toOrganisation {\n        id\n        name\n      }\n      createdAt\n      sentAt\n      firstResponseAt\n      history {\n        at\n        action\n        fromStatus\n        toStatus\n        actorOrganisation {\n          id\n          name\n        }\n        comment\n      }\n    }\n  }\n": types.ReferralDetailDocument,
    "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation StartReferral($input: ReferralStepInput!) {\n    startReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.StartReferralDocument,
    "\n  mutation HoldReferral($input: ReferralStepInput!) {\n    holdReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.HoldReferralDocument,
    "\n  mutation ResumeReferral($input: ReferralStepInput!) {\n    resumeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.ResumeReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n": types.CompleteReferralDocument,
    "\n  fragment ReferralRow on Referral {\n    id\n    status\n    needDomain\n    participantCode\n    respondBy\n    overdue\n    createdAt\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n": types.ReferralRowFragmentDoc,
    "\n  query Referrals($filter: ReferralFilterInput, $after: String) {\n    referrals(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      grant {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.RequestEmergencyAccessDocument,
    "\n  query MyTasks($after: String) {\n    myTasks(first: 50, after: $after) {\n      nodes {\n        id\n        title\n        dueOn\n        status\n        overdue\n        participantId\n        referralId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myCaseload(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      actingRole\n      platformRole\n      actingOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      me {\n        user {\n          id\n          displayName\n        }\n        actingRole\n        platformRole\n        actingOrganisation {\n          id\n          name\n        }\n        memberships {\n          id\n          role\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SwitchOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').NotificationReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      endedSessions\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          userId\n          userName\n          organisationId\n          organisationName\n          role\n          operation\n          entityType\n          entityId\n          outcome\n          requestId\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseload($after: String) {\n    myCaseload(first: 20, after: $after) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    referralStats {\n      total\n      minCell\n      responded\n      medianFirstResponseHours\n      byStatus {\n        status\n        count\n      }\n    }\n    overdue: referralStats(filter: { overdue: true }) {\n      total\n      minCell\n    }\n    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {\n      ...MonthlyTable\n    }\n    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {\n      ...MonthlyTable\n    }\n    referrals(first: 10) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyTable on Indicators {\n    minCell\n    referrals {\n      columns\n      rows {\n        group\n        cells\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').MonthlyTableFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {\n    programmes(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          titleIn(language: $language)\n          municipality\n          placesLeft\n          hasPlacesLeft\n          startsOn\n          childcare\n          interpretation\n          leadOrganisation {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganisations($after: String) {\n    organisations(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          municipality\n          workingLanguages\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyAccessGrants($after: String) {\n    emergencyAccessGrants(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          participantId\n          participantReferenceCode\n          holder {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EmergencyAccessGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseParticipant($input: EraseParticipantInput!) {\n    eraseParticipant(input: $input) {\n      erasedAt\n      cancelledReferralIds\n    }\n  }\n"): typeof import('./graphql').EraseParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlacement($input: RecordPlacementInput!) {\n    recordPlacement(input: $input) {\n      placement {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchParticipants($language: String!) {\n    participants(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n    vacancies(first: 20) {\n      nodes {\n        id\n        occupation\n        municipality\n        openings\n        validUntil\n        skills\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatchParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeMatches($programmeId: ID!) {\n    matchParticipants(programmeId: $programmeId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      participant {\n        id\n        referenceCode\n        givenName\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeMatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferFromMatch($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ReferFromMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matches($participantId: ID!, $language: String!) {\n    matchProgrammes(participantId: $participantId, first: 20) {\n      score\n      reasonDetails {\n        code\n        values\n      }\n      programme {\n        id\n        kind\n        titleIn(language: $language)\n        municipality\n        placesLeft\n        hasPlacesLeft\n        leadOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enrol($input: EnrolParticipantInput!) {\n    enrolParticipant(input: $input) {\n      enrolment {\n        id\n        status\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    subjectId\n    title\n    createdAt\n    readAt\n  }\n"): typeof import('./graphql').NotificationRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notification($id: ID!) {\n    notification(id: $id) {\n      ...NotificationRow\n    }\n  }\n"): typeof import('./graphql').NotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unread\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantDetail($id: ID!, $language: String!) {\n    participant(id: $id) {\n      id\n      referenceCode\n      givenName\n      familyName\n      preferredLanguage\n      municipality\n      skills\n      legalStatus\n      ownerOrganisation {\n        id\n        name\n      }\n      history {\n        enrolments {\n          id\n          status\n          completedOn\n          programme {\n            id\n            titleIn(language: $language)\n          }\n        }\n        placements {\n          id\n          occupation\n          employerName\n          employerOrganisation {\n            id\n            name\n          }\n          contractType\n          hoursPerWeek\n          startsOn\n        }\n      }\n      consents {\n        id\n        purpose\n        coveredKinds\n        coveredOrganisationIds\n        fieldGroups\n        method\n        givenAt\n        expiresAt\n        withdrawnAt\n        active\n      }\n      lifeCard {\n        goals {\n          id\n          domain\n          title\n          targetDate\n          status\n        }\n        timeline(first: 20) {\n          nodes {\n            id\n            domain\n            note\n            occurredOn\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    programmes(first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n      }\n    }\n  }\n"): typeof import('./graphql').ParticipantDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      consent {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      consent {\n        id\n      }\n      cancelledReferralIds\n    }\n  }\n"): typeof import('./graphql').WithdrawConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      referral {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CreateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLifeGoal($input: AddLifeGoalInput!) {\n    addLifeGoal(input: $input) {\n      goal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AddLifeGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLifeEntry($input: AddLifeEntryInput!) {\n    addLifeEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AddLifeEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordByCode($search: String!) {\n    participants(filter: { search: $search }, first: 10) {\n      nodes {\n        id\n        referenceCode\n      }\n    }\n  }\n"): typeof import('./graphql').RecordByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeParticipants($input: MergeParticipantsInput!) {\n    mergeParticipants(input: $input) {\n      participant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MergeParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants($after: String, $search: String) {\n    participants(first: 20, after: $after, filter: { search: $search }) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n        municipality\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterParticipant($input: RegisterParticipantInput!) {\n    registerParticipant(input: $input) {\n      participant {\n        id\n        referenceCode\n      }\n      possibleDuplicates {\n        id\n        referenceCode\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      validForMinutes\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordChanged\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgrammes($language: String!) {\n    programmes(filter: { organisedByMe: true }, first: 100) {\n      nodes {\n        id\n        titleIn(language: $language)\n        status\n        capacity\n        municipality\n      }\n    }\n  }\n"): typeof import('./graphql').MyProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProgramme($id: ID!, $language: String!) {\n    programme(id: $id) {\n      id\n      titleIn(language: $language)\n      status\n      venue\n      capacity\n      startsOn\n      endsOn\n      partnersMayAddSessions\n      organisedByMe\n      stats {\n        enrolled\n        waitlisted\n      }\n    }\n  }\n"): typeof import('./graphql').EditProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      programme {\n        id\n        capacity\n      }\n      promoted {\n        id\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetail($id: ID!, $language: String!) {\n    referral(id: $id) {\n      id\n      status\n      kind\n      needDomain\n      priority\n      reason\n      respondBy\n      overdue\n      version\n      declineReason\n      outcome\n      participantCode\n      participant {\n        id\n        givenName\n        familyName\n        preferredLanguage\n      }\n      programme {\n        id\n        titleIn(language: $language)\n      }\n      fromOrganisation {\n        id\n        name\n      }\n      toOrganisation {\n        id\n        name\n      }\n      createdAt\n      sentAt\n      firstResponseAt\n      history {\n        at\n        action\n        fromStatus\n        toStatus\n        actorOrganisation {\n          id\n          name\n        }\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReferral($input: ReferralStepInput!) {\n    startReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StartReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldReferral($input: ReferralStepInput!) {\n    holdReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').HoldReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeReferral($input: ReferralStepInput!) {\n    resumeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResumeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      referral {\n        id\n        version\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralRow on Referral {\n    id\n    status\n    needDomain\n    participantCode\n    respondBy\n    overdue\n    createdAt\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ReferralRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilterInput, $after: String) {\n    referrals(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      grant {\n        id\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').RequestEmergencyAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($after: String) {\n    myTasks(first: 50, after: $after) {\n      nodes {\n        id\n        title\n        dueOn\n        status\n        overdue\n        participantId\n        referralId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myCaseload(first: 100) {\n      nodes {\n        id\n        referenceCode\n        givenName\n        familyName\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      actingRole\n      platformRole\n      actingOrganisation {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
