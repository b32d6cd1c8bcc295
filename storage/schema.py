"""The schema as forward migrations: MIGRATIONS[n] takes schema n to n+1. Never edit a shipped
migration; add a new one."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def _initial(db: sqlite_utils.Database) -> None:
    db["units"].create({"id": int, "name": str, "created_at": str}, pk="id")
    db["units"].create_index(["name"], unique=True)
    db["users"].create(
        {
            "id": int,
            "unit_id": int,
            "username": str,
            "password_hash": str,
            "role": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("unit_id", "units", "id")],
    )
    db["users"].create_index(["username"], unique=True)
    db["cases"].create(
        {
            "id": int,
            "unit_id": int,
            "label": str,
            "status": str,
            "need_noticed": str,
            "actors_json": str,
            "sole_custody_reason": str,
            "meeting_date": str,
            "meeting_time": str,
            "meeting_place_enc": str,
            "meeting_format": str,
            "invitation_sent_on": str,
            "plan_sent_on": str,
            "follow_up_date": str,
            "closed_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("unit_id", "units", "id")],
        defaults={"status": "open", "actors_json": "[]"},
    )
    db["participants"].create(
        {
            "id": int,
            "case_id": int,
            "role": str,
            "dialog_id": str,
            "name_enc": str,
            "contact_enc": str,
            "child_asked": int,
            "protected": int,
            "lang": str,
            "identity_hash": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
        defaults={"child_asked": 0, "protected": 0, "lang": "sv"},
    )
    db["notifications"].create(
        {
            "id": int,
            "unit_id": int,
            "case_id": int,
            "kind": str,
            "urgent": int,
            "created_at": str,
            "read_at": str,
        },
        pk="id",
        foreign_keys=[("unit_id", "units", "id"), ("case_id", "cases", "id")],
        defaults={"urgent": 0},
    )
    db["invites"].create(
        {
            "id": int,
            "participant_id": int,
            "token_hash": str,
            "created_at": str,
            "expires_at": str,
            "used_at": str,
            "revoked_at": str,
        },
        pk="id",
        foreign_keys=[("participant_id", "participants", "id")],
    )
    db["invites"].create_index(["token_hash"], unique=True)
    db["dialog_versions"].create(
        {"hash": str, "dialog_id": str, "version": int, "source_json": str, "stored_at": str},
        pk="hash",
    )
    db["sessions"].create(
        {
            "id": str,
            "name": str,
            "participant_id": int,
            "dialog_id": str,
            "dialog_version": int,
            "dialog_hash": str,
            "lang": str,
            "status": str,
            "state_enc": str,
            "rev": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"rev"},
        defaults={"rev": 0},
        foreign_keys=[
            ("participant_id", "participants", "id"),
            ("dialog_hash", "dialog_versions", "hash"),
        ],
    )
    db["sessions"].create_index(["name"], unique=True)
    db["answers"].create(
        {
            "id": int,
            "session_id": str,
            "step": str,
            "item": str,
            "value_json": str,
            "text_enc": str,
            "share": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"session_id", "step", "item"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["answers"].create_index(["session_id", "step", "item"], unique=True)
    db["audit_log"].create(
        {"id": int, "at": str, "actor": str, "action": str, "subject": str, "detail": str},
        pk="id",
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _consents(db: sqlite_utils.Database) -> None:
    """Guardian consent (versioned per guardian), pending delta requests, the child's
    "show my guardian" records, and when a case was withdrawn."""
    db["consents"].create(
        {
            "id": int,
            "case_id": int,
            "participant_id": int,
            "version": int,
            "session_id": str,
            "actors_json": str,
            "own_actors_enc": str,
            "areas_json": str,
            "not_raise_areas_json": str,
            "not_raise_text_enc": str,
            "until": str,
            "dialog_hash": str,
            "lang": str,
            "created_at": str,
            "withdrawn_at": str,
        },
        pk="id",
        not_null={"case_id", "participant_id", "version"},
        foreign_keys=[("case_id", "cases", "id"), ("participant_id", "participants", "id")],
    )
    db["consents"].create_index(["participant_id", "version"], unique=True)
    db["consent_changes"].create(
        {
            "id": int,
            "case_id": int,
            "participant_id": int,
            "kind": str,
            "item": str,
            "created_at": str,
            "answered_at": str,
            "accepted": int,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("participant_id", "participants", "id")],
    )
    db["guardian_views"].create(
        {"id": int, "session_id": str, "guardian_id": int, "created_at": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id"), ("guardian_id", "participants", "id")],
    )
    db["cases"].add_column("withdrawn_at", str)


def _workspace(db: sqlite_utils.Database) -> None:
    """The coordinator workspace: login lockout, meeting end time, adaptations asked for in
    the invitation, the responsible coordinator, and the hand-ticked checklist items."""
    db["users"].add_column("failed_logins", int, not_null_default=0)
    db["users"].add_column("locked_until", str)
    db["cases"].add_column("meeting_end", str)
    db["cases"].add_column("adaptations_enc", str)
    db["cases"].add_column("coordinator_id", int)
    db["cases"].add_column("easy_read_plan_sent_on", str)
    db["cases"].add_column("evaluation_offered_on", str)
    db["checklist_ticks"].create(
        {"case_id": int, "item": str, "ticked_by": str, "ticked_at": str},
        pk=("case_id", "item"),
        foreign_keys=[("case_id", "cases", "id")],
    )


def _after(db: sqlite_utils.Database) -> None:
    """After the meeting: the SIP plan (encrypted, one current version per case), reminders that
    survive restarts and are sent once, a family inbox for channels without push, and the
    evaluation responses that feed the unit statistics."""
    db["plans"].create(
        {
            "case_id": int,
            "version": int,
            "data_enc": str,
            "updated_by": str,
            "updated_at": str,
        },
        pk="case_id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["reminders"].create(
        {
            "id": int,
            "key": str,
            "case_id": int,
            "participant_id": int,
            "kind": str,
            "due_at": str,
            "claimed_at": str,
            "sent_at": str,
        },
        pk="id",
        not_null={"key", "case_id", "kind"},
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["reminders"].create_index(["key"], unique=True)
    db["inbox"].create(
        {
            "id": int,
            "participant_id": int,
            "kind": str,
            "args_json": str,
            "created_at": str,
            "read_at": str,
        },
        pk="id",
        foreign_keys=[("participant_id", "participants", "id")],
    )
    # Responses carry no case: the statistics outlive a purged case. What a respondent let the
    # coordinator see (their free text) is tied to the case and goes with it.
    db["evaluation_responses"].create(
        {
            "id": int,
            "session_hash": str,
            "unit_id": int,
            "audience": str,
            "submitted_on": str,
            "scores_json": str,
            "may_see": int,
        },
        pk="id",
        not_null={"session_hash", "unit_id", "audience", "submitted_on"},
        foreign_keys=[("unit_id", "units", "id")],
    )
    db["evaluation_responses"].create_index(["session_hash"], unique=True)
    db["evaluation_responses"].create_index(["unit_id", "submitted_on"])
    db["evaluation_texts"].create(
        {"response_id": int, "case_id": int, "item": str, "text_enc": str},
        pk=("response_id", "item"),
        foreign_keys=[("response_id", "evaluation_responses", "id"), ("case_id", "cases", "id")],
    )


def _help_and_protection(db: sqlite_utils.Database) -> None:
    """How the family reaches the coordinator (shown by "Jag behöver hjälp nu"), and who gave
    the meeting place (hidden from others when that participant has a protected identity)."""
    db["cases"].add_column("coordinator_contact", str)
    db["cases"].add_column("coordinator_hours", str)
    db["cases"].add_column("meeting_place_given_by", int)


def _telegram(db: sqlite_utils.Database) -> None:
    """Telegram updates already handled (for at-most-once processing) and the message ids of
    each private chat (to clear the conversation on a shared phone)."""
    db["telegram_updates"].create({"update_id": int, "seen_at": str}, pk="update_id")
    db["telegram_messages"].create(
        {"chat_id": int, "message_id": int, "sent_at": str}, pk=("chat_id", "message_id")
    )


def _telegram_chats(db: sqlite_utils.Database) -> None:
    """The chat a participant's Telegram identity belongs to (encrypted), so reminders and the
    plan can be pushed to it."""
    db["telegram_chats"].create({"participant_id": int, "chat_enc": str}, pk="participant_id")


def _evaluation_respondents(db: sqlite_utils.Database) -> None:
    """One response per respondent and round: a keyed tag of (participant, meeting) lets a
    second submission replace the first without naming the participant."""
    db["evaluation_responses"].add_column("respondent_tag", str)
    db["evaluation_responses"].create_index(["respondent_tag"], unique=True)


def _erased_identities(db: sqlite_utils.Database) -> None:
    """For a short while after an erasure, the hashed identity (device, chat) of the erased
    person, so the channel can tell them kindly that their answers are gone; nothing else."""
    db["erased_identities"].create({"identity_hash": str, "erased_at": str}, pk="identity_hash")


def _chats_belong_to_participants(db: sqlite_utils.Database) -> None:
    """A Telegram chat binding hangs on its participant by a foreign key, so erasing the person
    or purging the case reaches it. Bindings whose participant is already gone are dropped."""
    db["telegram_chats_new"].create(
        {"participant_id": int, "chat_enc": str},
        pk="participant_id",
        foreign_keys=[("participant_id", "participants", "id")],
    )
    db.execute(
        "INSERT INTO telegram_chats_new (participant_id, chat_enc) "
        "SELECT participant_id, chat_enc FROM telegram_chats "
        "WHERE participant_id IN (SELECT id FROM participants)"
    )
    db["telegram_chats"].drop()
    db.rename_table("telegram_chats_new", "telegram_chats")


def _coordinator_name(db: sqlite_utils.Database) -> None:
    """The coordinator's name as the family and the kallelse should read it (the username is a
    login, not a name)."""
    db["cases"].add_column("coordinator_name", str)


def _consent_terms(db: sqlite_utils.Database) -> None:
    """Consent beyond the scope: its kind (a guardian's consent, a youth's own consent, a child's
    assent) and its terms as ids (SIP yes, exchange yes, pre-meeting, who gets the plan, the
    child's view, how long); and whether a youth decides for themself (by age and maturity)."""
    db["consents"].add_column("kind", str, not_null_default="guardian")
    db["consents"].add_column("terms_json", str)
    db["participants"].add_column("decides_self", int, not_null_default=0)


def _journeys(db: sqlite_utils.Database) -> None:
    """The dialogs a participant goes through before their preparation, in one invite (JSON
    list of dialog ids). Participants made before keep their one dialog each."""
    db["participants"].add_column("before_json", str, not_null_default="[]")


def _logins(db: sqlite_utils.Database) -> None:
    """Web logins in the database (a restart keeps them): a hash of the cookie token, the CSRF
    token, who it is (a user, or a participant and the invite they came by), its data
    (encrypted), when it began, was last used and must end; and failed coordinator logins by a
    keyed hash of the address (and username), for throttling shared by every worker."""
    db["logins"].create(
        {
            "token_hash": str,
            "kind": str,
            "csrf": str,
            "user_id": int,
            "participant_id": int,
            "invite_id": int,
            "data": str,
            "created_at": str,
            "seen_at": str,
            "ends_at": str,
        },
        pk="token_hash",
        foreign_keys=[
            ("user_id", "users", "id"),
            ("participant_id", "participants", "id"),
            ("invite_id", "invites", "id"),
        ],
    )
    db["logins"].create_index(["ends_at"])
    db["login_failures"].create({"id": int, "throttle_key": str, "failed_at": str}, pk="id")
    db["login_failures"].create_index(["throttle_key", "failed_at"])


def _typed_text_encrypted(db: sqlite_utils.Database) -> None:
    """Every case field a coordinator types is encrypted: the label, the actors (their labels),
    the sole-custody reason and the coordinator's name, contact and hours get `_enc` columns.
    Existing rows are sealed by `CaseStore.seal_typed_text` on first open (it needs the key),
    which empties the clear columns."""
    for column in (
        "label",
        "actors",
        "sole_custody_reason",
        "coordinator_contact",
        "coordinator_hours",
        "coordinator_name",
    ):
        db["cases"].add_column(f"{column}_enc", str)


def _plan_sent_copy(db: sqlite_utils.Database) -> None:
    """The plan as it was when the coordinator marked it sent: families see only this copy,
    never a draft the coordinator is still editing."""
    db["plans"].add_column("sent_version", int)
    db["plans"].add_column("sent_data_enc", str)
    db["plans"].add_column("sent_at", str)


def _help_now_alerts(db: sqlite_utils.Database) -> None:
    """Help-now alerts per participant: when the coordinator was told (e-mail and dashboard),
    how many later presses were folded into the alert, when the coordinator handled it and when
    the person was told so. No words, only times and counts. A coordinator's work e-mail
    address, where help-now alerts are sent."""
    db["help_alerts"].create(
        {
            "id": int,
            "participant_id": int,
            "case_id": int,
            "notification_id": int,
            "raised_at": str,
            "last_at": str,
            "folded": int,
            "mailed_at": str,
            "handled_at": str,
            "handled_by": str,
            "seen_shown_at": str,
        },
        pk="id",
        not_null={"participant_id", "case_id", "raised_at", "last_at"},
        defaults={"folded": 0},
        foreign_keys=[("participant_id", "participants", "id"), ("case_id", "cases", "id")],
    )
    db["help_alerts"].create_index(["participant_id", "raised_at"])
    db["users"].add_column("email", str)


def _evaluation_seen(db: sqlite_utils.Database) -> None:
    """An evaluation the respondent let the coordinator see, on their case: one per participant
    and meeting (a new one replaces it; a later "no" removes it). Scores as option ids, free
    text encrypted. Anonymous responses stay apart, in evaluation_responses."""
    db["evaluation_seen"].create(
        {
            "participant_id": int,
            "case_id": int,
            "meeting": str,
            "audience": str,
            "submitted_on": str,
            "scores_json": str,
            "texts_enc": str,
        },
        pk=("participant_id", "meeting"),
        foreign_keys=[("participant_id", "participants", "id"), ("case_id", "cases", "id")],
    )


def _invite_codes(db: sqlite_utils.Database) -> None:
    """The person's own code on their invite (an argon2 hash and its kind: pictures or digits),
    wrong tries in a row and when five locked it; and the text a family sent after their login
    had ended, kept encrypted as a draft until they are back with their code."""
    db["invites"].add_column("code_hash", str)
    db["invites"].add_column("code_kind", str)
    db["invites"].add_column("failed_tries", int, not_null_default=0)
    db["invites"].add_column("locked_at", str)
    db["family_drafts"].create(
        {"participant_id": int, "session_id": str, "at": str, "text_enc": str, "saved_at": str},
        pk=("session_id", "at"),
        foreign_keys=[("participant_id", "participants", "id")],
    )


def _help_alert_mail_claims(db: sqlite_utils.Database) -> None:
    """When a mailer claimed a help-now alert for sending: with several workers, exactly one
    of them mails each alert."""
    db["help_alerts"].add_column("mail_claimed_at", str)


def _telegram_inbox(db: sqlite_utils.Database) -> None:
    """Telegram updates received but not yet handled, keyed by update id: the update encrypted
    (it holds what the person wrote), a keyed hash of its chat (its order key within the chat
    is the update id), and which worker claimed it until when. A handled update is deleted.
    And leases of jobs that one worker of several runs at a time (polling Telegram, the daily
    purge): the holder and until when."""
    db["telegram_inbox"].create(
        {
            "update_id": int,
            "chat_tag": str,
            "update_enc": str,
            "received_at": str,
            "claimed_by": str,
            "claimed_until": str,
        },
        pk="update_id",
        not_null={"chat_tag", "update_enc", "received_at"},
    )
    db["telegram_inbox"].create_index(["chat_tag", "update_id"])
    db["job_leases"].create({"name": str, "holder": str, "until": str}, pk="name")


MIGRATIONS: list[Migration] = [
    _initial,
    _consents,
    _workspace,
    _after,
    _help_and_protection,
    _telegram,
    _telegram_chats,
    _evaluation_respondents,
    _erased_identities,
    _chats_belong_to_participants,
    _coordinator_name,
    _consent_terms,
    _journeys,
    _logins,
    _typed_text_encrypted,
    _plan_sent_copy,
    _help_now_alerts,
    _evaluation_seen,
    _invite_codes,
    _help_alert_mail_claims,
    _telegram_inbox,
]
