import type { DeadlineRule } from "@/lib/domain/deadlines";

type DeadlineUnit = DeadlineRule["unit"];

export const settings = {
  /** The settings pages and their forms (the email pages have their own words). */
  settings: {
    save: "Save",
    nothingChanged: "Nothing changed.",
    index: {
      title: "Settings",
      pages: {
        deadlines: {
          title: "Deadlines and calendars",
          about: "Each regime's legal time limit and the official holiday schedules it counts on.",
        },
        organization: {
          title: "Organization",
          about: "Who email comes from; the supervisory authority and complaint contact named in denials.",
        },
        emailTexts: {
          title: "Email texts",
          about: "Subjects and added paragraphs of every email, in English and Chinese, with a preview.",
        },
        routing: { title: "Routing", about: "The clock on requests passed to business customers." },
        fulfilment: { title: "Fulfilment", about: "The clock on systems' tasks, the size of result files, webhook attempts." },
        retention: { title: "Retention", about: "How long personal data is kept, and what the next run anonymizes." },
        users: { title: "Users", about: "Staff accounts, roles and invitations." },
        email: { title: "Email delivery", about: "The outbox, failed emails and a test email." },
      },
    },
    deadlines: {
      title: "Deadlines and calendars",
      intro: "How each regime counts the legal time limit, and the official schedules of working days it counts on.",
      snapshot:
        "Each case keeps the policy it was opened under (a snapshot), so a change here never moves the dates of an existing case. It applies to requests received from now on.",
      policies: "Policies",
      columns: {
        regime: "Regime",
        timeZone: "Time zone",
        calendar: "Calendar",
        rule: "Rule",
        clockStops: "Clock stops",
        identityRestart: "Identity restart",
        acknowledge: "Acknowledge within",
        source: "Source",
        edit: "Edit",
      },
      /** A policy's rule in the table: its length, what counts, and its extension. */
      rule: {
        length: {
          MONTHS: "{length, plural, one {# month} other {# months}}",
          WORKING_DAYS: "{length, plural, one {# working day} other {# working days}} from the next day",
          CALENDAR_DAYS: "{length, plural, one {# calendar day} other {# calendar days}}",
        } satisfies Record<DeadlineUnit, string>,
        receiptIsDayOne: "receipt is day 1",
        rollsForward: "rolls past non-working days",
        withDetails: "{rule} ({details})",
        bothDetails: "{first}, {second}",
        extension: {
          MONTHS: "{rule}; extension adds {extension, plural, one {# month} other {# months}}",
          WORKING_DAYS: "{rule}; extension adds {extension, plural, one {# working day} other {# working days}}",
          CALENDAR_DAYS: "{rule}; extension adds {extension, plural, one {# calendar day} other {# calendar days}}",
        } satisfies Record<DeadlineUnit, string>,
        noExtension: "{rule}; no extension",
      },
      businessDays: "{count, plural, one {# business day} other {# business days}}",
      edit: "Edit",
      editPolicy: "Edit the {regime} policy",
      calendars: {
        title: "Holiday calendars",
        intro:
          'Country and region calendars such as IE, GB-ENG and US-CA come from a public-holiday library for every year; WEEKDAYS counts Monday to Friday. Official schedules published year by year, such as China\'s State Council arrangements, are kept as data: a deadline falling in a year not listed here is flagged "calendar missing" until the year is added.',
        columns: {
          calendar: "Calendar",
          year: "Year",
          holidays: "Public holidays",
          weekendDaysWorked: "Weekend days worked",
          source: "Source",
        },
        addYear: "Add a year",
      },
      policyForm: {
        timeZone: "Time zone (dates are counted there; a due date ends at 23:59:59 local time)",
        calendar: "Working-day calendar",
        rule: "Rule",
        countedIn: "Counted in",
        units: {
          MONTHS: "Calendar months (same day number, then the next working day)",
          CALENDAR_DAYS: "Calendar days",
          WORKING_DAYS: "Working days of the calendar, from the day after receipt",
        } satisfies Record<DeadlineUnit, string>,
        length: "Length",
        extension: "An extension adds (0: no extension)",
        receiptIsDayOne: "The day of receipt counts as day 1 (CCPA)",
        rollForward: "A due date on a non-working day moves to the next working day",
        clockStops: "Waiting for information asked of the requester stops the clock",
        identityRestart: "Receiving asked-for identity proof restarts the clock (UK GDPR)",
        acknowledgement: "Acknowledge receipt within (business days; empty: no requirement)",
        source: "Source (shown to staff next to each deadline)",
        submit: "Save policy",
        saved: "Saved. Requests received from now on use this policy; existing cases keep theirs.",
      },
      yearForm: {
        label: "Schedule (JSON)",
        hint: "The calendar id, the year, where it comes from, its public holidays and the weekend days declared working days, all dates in that year. Adding a year that exists replaces it.",
        exampleSource: "State Council notice on the 2027 holiday arrangements",
        submit: "Add the year",
        added: "{calendar} {year} added. New deadlines use it at once; existing cases keep their dates.",
        replaced: "{calendar} {year} replaced. New deadlines use it at once; existing cases keep their dates.",
      },
    },
    organization: {
      title: "Organization",
      intro:
        "Who email comes from, and where a requester whose request is denied can complain. Changes apply to the next email sent, without a restart. The denial email keeps its sentence on the regime's general remedies and adds the authority and contact set here.",
      denialEmailLink: "See the denial email under Email texts",
      details: "Organization details",
      sentFrom: "Email is sent from {address}.",
      serverAddress: "This is the server's MAIL_FROM, until these settings are saved.",
      form: {
        sender: "Sender",
        senderName: "Sender name",
        senderEmail: "Sender email address (empty: {address})",
        complaints: "Complaints (named in denial emails)",
        supervisoryAuthority: "Supervisory authority responsible for the company",
        supervisoryAuthorityExample: "Data Protection Commission (Ireland), www.dataprotection.ie",
        complaintContact: "Where requesters can send a complaint to the company",
        complaintContactExample: "Data protection officer, dpo@example.com",
        saved: "Saved. The next email sent uses these details.",
      },
    },
    routing: {
      title: "Routing to cloud customers",
      intro:
        "The clock on requests passed to the business customer who controls the data. Business days follow each case's regime calendar (weekends and public holidays do not count). New values apply to requests routed from now on and to the forwarding target of cases not yet routed; links and reminders already sent keep their dates.",
      clock: "Routing clock",
      fields: {
        forwardWithinBusinessDays: "Route within (business days after confirmation)",
        remindAfterBusinessDays: "Remind the customer after (business days unacknowledged)",
        escalateAfterBusinessDays: "Alert the privacy officers after (business days)",
        linkValidDays: "Customer links work for (calendar days)",
      },
      saved: "Saved. Routings sent from now on use these values.",
    },
    retention: {
      title: "Retention",
      intro:
        "How long personal data is kept. Once a day the retention job anonymizes closed cases past their period: the requester's identity and contact details, the request's free text, messages, notes and documents are removed; the reference, type, regime, dates, outcome and audit trail stay, so the register and statistics remain true. Cases on legal hold are left as they are. New periods apply to every case at the next run, including cases closed before the change.",
      periods: "Periods",
      fields: {
        closedCaseDays: "Closed cases keep personal data for (days after closure)",
        unverifiedDays: "Unconfirmed requests are deleted after (days after submission)",
        uploadsAfterClosureDays: "Documents are deleted after (days after closure)",
      },
      saved: "Saved. The next retention run applies these periods.",
      nextRun: "What the next run will do",
      anonymize: "Anonymize {count, plural, one {# closed case} other {# closed cases}}.",
      deleteDocuments:
        "Delete {files, plural, one {# document} other {# documents}} of {cases, plural, one {# closed case} other {# closed cases}}.",
      keepHeld: "Keep {count, plural, one {# case} other {# cases}} past the period, on legal hold.",
      firstCases: "The first {count, number}, oldest closure first",
      allCases: "Cases, oldest closure first",
      lastRun:
        "Last run {time} UTC: {anonymized, plural, one {# case} other {# cases}} anonymized, {deleted, plural, one {# document} other {# documents}} deleted.",
      neverRun: "Retention has not run yet.",
    },
    users: {
      title: "Users",
      intro:
        "Staff accounts and their roles. A change applies on the person's next page load; a disabled account is signed out at once.",
      invite: "Invite a staff member",
      staff: "Staff ({count, number})",
      columns: {
        name: "Name",
        email: "Email",
        role: "Role",
        status: "Status",
        lastSignIn: "Last sign-in (UTC)",
        actions: "Actions",
      },
      you: "(you)",
      never: "Never",
      status: {
        disabled: "Disabled",
        invited: "Invited",
        expired: "Invitation expired",
        active: "Active",
      },
      linkValidUntil: "Link valid until {time} UTC",
      inviteForm: {
        email: "Email",
        name: "Name",
        role: "Role",
        language: "Language of Rightsdesk and their emails",
        submit: "Send invitation",
        submitting: "Inviting…",
        sent: "Invitation sent. The link works for 72 hours.",
      },
      roleOf: "Role of {name}",
      change: "Change",
      changeRoleOf: "Change role of {name}",
      roleChanged: "Role changed.",
      noChange: "No change.",
      enable: "Enable",
      disable: "Disable",
      enableName: "Enable {name}",
      disableName: "Disable {name}",
      accountEnabled: "Account enabled.",
      accountDisabled: "Account disabled.",
      resend: "Resend invitation",
      resendTo: "Resend invitation to {name}",
      resent: "A new invitation link was sent.",
    },
    profile: {
      title: "Your profile",
      intro:
        "{name} · {email}. Rightsdesk and the emails to you (assignments, deadline reminders, the daily digest and routing alerts) are in the language chosen here.",
      language: "Language",
      legend: "Language of Rightsdesk and your emails",
      saved: "Saved. Rightsdesk and your next emails are in this language.",
    },
    testEmail: {
      to: "Send a test email to",
      language: "Language",
      submit: "Send test email",
    },
    /** The email-texts page's answer (lib/actions/staff/email-texts.ts), given through the settings form action. */
  },
  /** What frames every staff page: the navigation, the sign-out button, the forbidden page. */
  staffShell: {
    queryErrors: "Parts of this page's address could not be used and were left out:",
    nav: {
      label: "Staff",
      cases: "Cases",
      myTasks: "My tasks",
      customers: "Customers",
      systems: "Systems",
      reports: "Reports",
      email: "Email",
      users: "Users",
      settings: "Settings",
      profile: "Your profile",
      signedInAs: "{name} · {role}",
      signOut: "Sign out",
    },
    forbidden: {
      title: "You do not have access to this page",
      body: "Your role does not include it. Ask an administrator if you need it.",
      back: "Back to cases",
    },
  },
  /** The invited staff member's page that sets their password (before sign-in: the visitor's language). */
  invitation: {
    title: "Set your Rightsdesk password",
    welcome:
      "Welcome, {name}. Choose a password of at least {min, number} characters; a few unrelated words make a strong one.",
    email: "Email",
    password: "New password (at least {min, number} characters)",
    repeat: "Repeat the password",
    submit: "Set password",
    submitting: "Saving…",
    done: "Your password is set. Sign in with your email address and the new password.",
    signIn: "Sign in",
    invalid:
      "This invitation link does not work. It may have expired or been used already; ask an administrator for a new one.",
  },
} as const;
