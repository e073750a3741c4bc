"""The demo data's pools and small tables: French word lists, Faker pools, the catalog.

Faker is slow per call, so :func:`build_people` draws a few thousand values once and the
loader picks from these lists with its own seeded ``random.Random``. :func:`build` writes the
small tables (users, groups, pipelines, tags, custom fields, companies, contacts) through
Core and returns them as pools pre-bound for the connection's dialect (see :class:`Sql`),
which :mod:`oppdesk.services.demo_data` combines into millions of rows.
"""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import combinations
from typing import Any, NamedTuple, cast

from faker import Faker
from sqlalchemy import Connection, Table, func, select

from oppdesk.models import (
    Activity,
    Company,
    Contact,
    Counter,
    CustomFieldDefinition,
    CustomFieldValue,
    Group,
    Opportunity,
    Pipeline,
    PrivilegeProfile,
    SalesDocument,
    SmartTag,
    Source,
    Stage,
    TimeEntry,
    User,
    WorkspaceSetting,
    opportunity_sales_documents,
    user_groups,
)
from oppdesk.services.sales_documents import DOCUMENT_STATUSES, NUMBER_PREFIXES
from oppdesk.services.settings import DEFAULTS
from oppdesk.services.setup import ADMIN_LOGIN
from oppdesk.services.sort_keys import contact_key, fold, stage_key

# fmt: off
DEAL_OBJECTS = (
    "Déploiement CRM", "Renouvellement licences", "Migration cloud", "Audit sécurité",
    "Formation utilisateurs", "Maintenance annuelle", "Refonte site web", "Infogérance",
    "Support premium", "Intégration ERP", "Extension de contrat", "Accompagnement RGPD",
    "Tierce maintenance applicative", "Renouvellement parc PC", "Téléphonie IP",
    "Contrat de maintenance", "Application mobile", "Portail client", "Pack conseil",
    "Sauvegarde externalisée", "Étude de faisabilité", "Licences supplémentaires",
    "Hébergement dédié",
)
DEAL_QUALIFIERS = ("", "", "", "", " phase 2", " 2026", " multi-sites", " siège")
BRIEFS = (
    "Besoin exprimé lors du dernier rendez-vous ; budget à confirmer.",
    "Le client compare trois offres, décision attendue avant la fin du trimestre.",
    "Projet porté par la direction générale, forte priorité.",
    "Relancer après les congés ; le décideur change de poste.",
    "Proposition envoyée, en attente du retour des achats.",
    "Appel d'offres public : dossier à déposer sur la plateforme.",
)
JOB_TITLES = (
    "Directeur général", "Directrice administrative et financière", "Responsable des achats",
    "Directeur des systèmes d'information", "Responsable informatique", "Chef de projet",
    "Directrice commerciale", "Responsable marketing", "Office manager", "Gérant", "Acheteuse",
    "Assistante de direction", "Contrôleur de gestion", "Responsable RH", "Responsable qualité",
)
LEGAL_FORMS = ("SA", "SAS", "SARL", "SASU", "EURL", "Groupe", "& Fils", "Industries")
GROUPS = ("Équipe Nord", "Équipe Sud", "Grands comptes")
EXTRA_PIPELINES = (
    ("Partenariats", (("Identification", 10), ("Premier contact", 30), ("Accord", 70))),
    ("Renouvellements", (("À renouveler", 40), ("Offre envoyée", 60), ("Signé", 95))),
)
TAGS = (
    "Prioritaire", "Grand compte", "Secteur public", "Appel d'offres", "Récurrent", "Upsell",
    "Cross-sell", "Stratégique", "À relancer", "Budget validé", "Concurrence", "PME",
    "International", "Partenaire", "Référence client",
)
SECTORS = ("Industrie", "Santé", "Commerce", "Banque & assurance", "Collectivité", "Services")
COMPETITORS = ("Salesforce", "HubSpot", "Sellsy", "Axonaut", "Pipedrive", "Microsoft")
COMMENTS = (
    "Échange très positif avec le client.", "Budget revu à la baisse, à retravailler.",
    "Le client souhaite une démonstration complémentaire.",
    "Contact relancé par téléphone, rappel prévu la semaine prochaine.",
)
CALL_OUTCOMES = ("Intéressé", "À rappeler", "Messagerie", "Rendez-vous fixé", "Pas intéressé")
TASKS = ("Envoyer la proposition", "Préparer la démo", "Relancer le client", "Revoir le devis")
WORK = ("Préparation de la proposition", "Rendez-vous client", "Démonstration", "Rédaction")
DOCUMENT_LABELS = {"quote": "Devis", "order": "Bon de commande", "invoice": "Facture"}
CUSTOM_FIELDS = (  # (code, label, field_type, choices)
    ("secteur", "Secteur d'activité", "single_choice", SECTORS),
    ("nb_utilisateurs", "Nombre d'utilisateurs", "number", ()),
    ("date_decision", "Date de décision", "date", ()),
    ("budget_confirme", "Budget confirmé", "boolean", ()),
    ("concurrent", "Concurrent principal", "text", ()),
)
# fmt: on
USERS = 20  # 1 administrator, 2 read-only, 17 sales
POOL_SIZE = 3_000
COMPANY_BATCH = 10_000


def ascii_slug(text: str, separator: str = "") -> str:
    """'Société Générale' -> 'societegenerale' (or 'societe-generale' with '-')."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return separator.join(re.findall(r"[a-z0-9]+", plain))


def siren(rng: random.Random) -> str:
    """A nine-digit SIREN with a valid Luhn check digit."""
    digits = [rng.randrange(10) for _ in range(8)]
    total = sum(d if i % 2 == 0 else (2 * d) % 10 + (2 * d) // 10 for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str(-total % 10)


@dataclass(frozen=True)
class People:
    """Values drawn from Faker once; the loader combines them with its own random."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    phones: tuple[str, ...]


def build_people(seed: int, size: int = POOL_SIZE) -> People:
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    return People(
        first_names=tuple(sorted({fake.first_name() for _ in range(size)})),
        last_names=tuple(sorted({fake.last_name() for _ in range(size)})),
        streets=tuple(fake.street_address() for _ in range(size)),
        cities=tuple((fake.postcode(), fake.city()) for _ in range(size)),
        phones=tuple(fake.phone_number() for _ in range(size)),
    )


def company_names(rng: random.Random, people: People, count: int) -> list[str]:
    """``count`` distinct names: "Martin SAS", "Groupe Leroy", "Dupont-Roux & Fils"…"""
    names: dict[str, None] = {}
    while len(names) < count:
        last, form = rng.choice(people.last_names), rng.choice(LEGAL_FORMS)
        if rng.random() < 0.25:
            last = f"{last}-{rng.choice(people.last_names)}"
        name = f"{form} {last}" if form == "Groupe" else f"{last} {form}"
        if name in names:
            name = f"{name} {rng.choice(people.cities)[1]}"
        names.setdefault(name[:120])
    return list(names)


def table_of(model: Any) -> Table:
    return cast(Table, model.__table__)


def _same(value: Any) -> Any:
    return value


class Sql:
    """Writes through one connection: dict rows through Core, pre-bound tuples via the driver.

    ``bind`` returns what SQLAlchemy itself sends the driver for a column (hex text for a
    UUID and a float for money on SQLite, the objects themselves on PostgreSQL), so pools
    are bound once and bulk rows skip SQLAlchemy's per-row processing.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self._inserts: dict[tuple[str, tuple[str, ...]], str] = {}

    def bind(self, model: Any, column: str) -> Callable[[Any], Any]:
        type_ = table_of(model).c[column].type
        processor = type_.dialect_impl(self.dialect).bind_processor(self.dialect)
        return processor if processor is not None else _same

    def core(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(table.insert(), rows)

    def bulk(self, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        key = (table.name, columns)
        if key not in self._inserts:
            quote = self.dialect.identifier_preparer.quote
            mark = "?" if self.dialect.paramstyle == "qmark" else "%s"
            self._inserts[key] = (
                f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
                f"VALUES ({', '.join([mark] * len(columns))})"
            )
        self.conn.exec_driver_sql(self._inserts[key], rows)


class Party(NamedTuple):
    """A company and one of its contacts (or none), as an opportunity links them."""

    company: Any  # bound ids
    contact: Any
    company_key: str
    contact_key: str
    search_tail: str  # company and contact keys, as the search text ends
    company_name: str
    company_id: uuid.UUID
    contact_id: uuid.UUID | None


class StageRef(NamedTuple):
    pipeline: Any
    stage: Any
    probability: int
    pipeline_key: str
    stage_key: int


class Owner(NamedTuple):
    bound: Any
    key: str
    id: uuid.UUID


@dataclass
class Catalog:
    """Everything an opportunity row refers to, bound for the connection's dialect."""

    sql: Sql
    admin: uuid.UUID
    reference_pattern: str
    currency: str
    loss_reasons: list[str]
    parties: list[Party] = field(default_factory=list)
    stages: list[StageRef] = field(default_factory=list)
    stage_cum: list[float] = field(default_factory=list)
    last_stages: list[StageRef] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    sources: list[tuple[Any, str]] = field(default_factory=list)
    assignee_sets: list[list[tuple[Any, ...]]] = field(default_factory=list)
    tag_sets: list[list[tuple[Any, ...]]] = field(default_factory=list)
    field_sets: list[list[Any]] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)
    amounts: list[Decimal] = field(default_factory=list)
    bound_amounts: list[Any] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.bind_money = self.sql.bind(Opportunity, "amount")
        self.bind_uuid = self.sql.bind(Opportunity, "id")
        flag = self.sql.bind(Opportunity, "probability_is_manual")
        self.bound_true, self.bound_false = flag(True), flag(False)

    @staticmethod
    def unbind_uuid(value: Any) -> uuid.UUID:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def stamps(actor: uuid.UUID, at: datetime) -> dict[str, Any]:
    return dict(version=1, created_at=at, updated_at=at, created_by=actor, updated_by=actor)


def build(sql: Sql, rng: random.Random, seed: int, companies: int, at: datetime) -> Catalog:
    """Write the catalog tables and return them as pools."""
    conn = sql.conn
    settings: dict[str, Any] = dict(
        conn.execute(select(WorkspaceSetting.key, WorkspaceSetting.value)).all()
    )
    admin = conn.scalar(select(User.id).where(User.login == ADMIN_LOGIN)) or conn.scalar(
        select(User.id).order_by(User.created_at)
    )
    if admin is None:
        raise ValueError("the workspace is not seeded: run services.ensure_defaults first")
    cat = Catalog(
        sql=sql,
        admin=admin,
        reference_pattern=str(settings.get("reference_pattern") or DEFAULTS["reference_pattern"]),
        currency=str(settings.get("default_currency") or DEFAULTS["default_currency"]),
        loss_reasons=list(settings.get("loss_reasons") or DEFAULTS["loss_reasons"]),
    )
    people = build_people(seed, min(POOL_SIZE, 200 + companies))  # Faker is slow: no more
    _users(cat, rng, people, at)
    _pipelines(cat, rng, at)
    _tags_and_fields(cat, rng, at)
    _companies(cat, rng, people, at, companies)
    _words(cat, rng)
    return cat


def _users(cat: Catalog, rng: random.Random, people: People, at: datetime) -> None:
    conn = cat.sql.conn
    profiles = dict(conn.execute(select(PrivilegeProfile.code, PrivilegeProfile.id)).all())
    codes = ["admin", "read_only", "read_only"] + ["sales"] * (USERS - 3)
    logins = set(conn.scalars(select(User.login)))
    users: list[dict[str, Any]] = []
    while len(users) < USERS:
        first, last = rng.choice(people.first_names), rng.choice(people.last_names)
        login = f"{ascii_slug(first)[:1]}.{ascii_slug(last)}"
        if login not in logins and len(login) > 3:
            logins.add(login)
            user: dict[str, Any] = dict(id=new_id(rng), login=login, display_name=f"{first} {last}")
            user |= dict(email=f"{login}@oppdesk-demo.example", active=True, password_hash=None)
            users.append(
                user | dict(profile_id=profiles[codes[len(users)]]) | stamps(cat.admin, at)
            )
    cat.sql.core(table_of(User), users)
    taken = set(conn.scalars(select(Group.name)))
    groups = [
        dict(id=new_id(rng), name=g) | stamps(cat.admin, at) for g in GROUPS if g not in taken
    ]
    cat.sql.core(table_of(Group), groups)
    pairs = [(u["id"], groups[i % len(groups)]["id"]) for i, u in enumerate(users) if groups]
    pairs += [(u["id"], groups[-1]["id"]) for u in users[3:7] if groups]
    cat.sql.core(user_groups, [dict(user_id=u, group_id=g) for u, g in dict.fromkeys(pairs)])
    for user, code in zip(users, codes, strict=True):
        if code != "read_only":
            key = fold(user["display_name"])[:120]
            cat.owners.append(Owner(cat.bind_uuid(user["id"]), key, user["id"]))
    ids = [cat.bind_uuid(u["id"]) for u in users]
    cat.assignee_sets = [[()], [(i,) for i in ids], list(combinations(ids, 2))]
    cat.counts |= {"users": len(users), "groups": len(groups)}


def _pipelines(cat: Catalog, rng: random.Random, at: datetime) -> None:
    existing = cat.sql.conn.execute(select(Pipeline.name, Pipeline.position)).all()
    position = max((p for _, p in existing), default=-1)
    for name, stages in EXTRA_PIPELINES:
        if name in {n for n, _ in existing}:
            continue
        position += 1
        pipeline = dict(id=new_id(rng), name=name, position=position, is_default=False)
        cat.sql.core(table_of(Pipeline), [pipeline | stamps(cat.admin, at)])
        rows = [
            dict(id=new_id(rng), pipeline_id=pipeline["id"], name=stage, position=i)
            | dict(default_probability=probability)
            | stamps(cat.admin, at)
            for i, (stage, probability) in enumerate(stages)
        ]
        cat.sql.core(table_of(Stage), rows)
    _stage_pool(cat)
    sources = cat.sql.conn.execute(
        select(Source.id, Source.name).where(Source.active.is_(True)).order_by(Source.position)
    )
    cat.sources = [(cat.bind_uuid(i), fold(name)[:120]) for i, name in sources] + [(None, "")]


def _stage_pool(cat: Catalog) -> None:
    """Stages weighted like a funnel: 70 % in the default pipeline, earlier stages fuller."""
    rows = cat.sql.conn.execute(
        select(Pipeline.id, Pipeline.name, Pipeline.position, Pipeline.is_default)
        .add_columns(Stage.id, Stage.position, Stage.default_probability)
        .join(Stage, Stage.pipeline_id == Pipeline.id)
        .order_by(Pipeline.position, Pipeline.name, Stage.position, Stage.name)
    )
    pipelines: dict[uuid.UUID, list[StageRef]] = {}
    defaults: set[uuid.UUID] = set()
    for pid, name, ppos, is_default, sid, spos, probability in rows:
        ref = StageRef(cat.bind_uuid(pid), cat.bind_uuid(sid), probability, fold(name)[:120], 0)
        pipelines.setdefault(pid, []).append(ref._replace(stage_key=stage_key(ppos, spos)))
        if is_default:
            defaults.add(pid)
    total = 0.0
    for pid, refs in pipelines.items():
        share = 70.0 if pid in defaults else 30.0 / max(1, len(pipelines) - len(defaults))
        for i, ref in enumerate(refs):
            total += share * (len(refs) - i) / sum(range(1, len(refs) + 1))
            cat.stages.append(ref)
            cat.stage_cum.append(total)
        cat.last_stages.append(refs[-1])
    cat.counts["pipelines"] = len(pipelines)


def _tags_and_fields(cat: Catalog, rng: random.Random, at: datetime) -> None:
    conn, sql = cat.sql.conn, cat.sql
    taken = set(conn.scalars(select(SmartTag.name)))
    tags = [dict(id=new_id(rng), name=t) | stamps(cat.admin, at) for t in TAGS if t not in taken]
    sql.core(table_of(SmartTag), tags)
    ids = [cat.bind_uuid(t["id"]) for t in tags]
    cat.tag_sets = [[()], *(list(combinations(ids, size)) for size in (1, 2, 3))]
    codes = set(conn.scalars(select(CustomFieldDefinition.code)))
    position = conn.scalar(select(func.max(CustomFieldDefinition.position))) or 0
    per_field: list[list[tuple[Any, ...]]] = []
    for code, label, field_type, choices in CUSTOM_FIELDS:
        if code not in codes:
            position += 1
            row = dict(id=new_id(rng), code=code, label=label, field_type=field_type)
            row |= dict(required=False, choices=list(choices), position=position, active=True)
            sql.core(table_of(CustomFieldDefinition), [row | stamps(cat.admin, at)])
            per_field.append(_field_values(cat, rng, cat.bind_uuid(row["id"]), field_type, at))
    cat.field_sets = [[()], *(list(combinations(per_field, size)) for size in (1, 2, 3))]
    cat.counts |= {"tags": len(tags), "custom_fields": len(per_field)}


def _field_values(
    cat: Catalog, rng: random.Random, field_id: Any, field_type: str, at: datetime
) -> list[tuple[Any, ...]]:
    """Forty typed values: (field_id, value_text, value_number, value_date, value_bool)."""
    number = cat.sql.bind(CustomFieldValue, "value_number")
    day = cat.sql.bind(CustomFieldValue, "value_date")
    flag = cat.sql.bind(CustomFieldValue, "value_bool")
    values: list[tuple[Any, ...]] = []
    for _ in range(40):
        if field_type == "single_choice":
            values.append((field_id, rng.choice(SECTORS), None, None, None))
        elif field_type == "number":
            values.append((field_id, None, number(Decimal(rng.randrange(5, 500))), None, None))
        elif field_type == "date":
            when = at.date() + timedelta(days=rng.randrange(1_100))
            values.append((field_id, None, None, day(when), None))
        elif field_type == "boolean":
            values.append((field_id, None, None, None, flag(rng.random() < 0.6)))
        else:
            values.append((field_id, rng.choice(COMPETITORS), None, None, None))
    return values


def _companies(cat: Catalog, rng: random.Random, people: People, at: datetime, count: int) -> None:
    companies: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    for name in company_names(rng, people, count):
        slug, key = ascii_slug(name, "-"), fold(name)[:200]
        postal_code, city = rng.choice(people.cities)
        company: dict[str, Any] = dict(id=new_id(rng), name=name, name_key=key, country="France")
        company |= dict(kind="client" if rng.random() < 0.4 else "prospect", deleted_at=None)
        company |= dict(address=rng.choice(people.streets), postal_code=postal_code, city=city)
        company |= dict(phone=rng.choice(people.phones), email=f"contact@{slug}.example")
        companies.append(company | dict(website=f"https://www.{slug}.fr", siren=siren(rng)))
        bound = cat.bind_uuid(company["id"])
        cat.parties.append(Party(bound, None, key, "", key, name, company["id"], None))
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            first, last = rng.choice(people.first_names), rng.choice(people.last_names)
            contact: dict[str, Any] = dict(
                id=new_id(rng), company_id=company["id"], first_name=first
            )
            contact |= dict(last_name=last, job_title=rng.choice(JOB_TITLES), deleted_at=None)
            contact |= dict(email=f"{ascii_slug(first)}.{ascii_slug(last)}@{slug}.example")
            contacts.append(contact | dict(phone=rng.choice(people.phones)))
            person = contact_key(first, last)
            tail, contact_id = f"{key} {person}", cat.bind_uuid(contact["id"])
            party = Party(bound, contact_id, key, person, tail, name, company["id"], contact["id"])
            cat.parties.append(party)
    for rows, table in ((companies, table_of(Company)), (contacts, table_of(Contact))):
        for start in range(0, len(rows), COMPANY_BATCH):
            cat.sql.core(table, [r | stamps(cat.admin, at) for r in rows[start:][:COMPANY_BATCH]])
    cat.counts |= {"companies": len(companies), "contacts": len(contacts)}


def _words(cat: Catalog, rng: random.Random) -> None:
    cat.titles = [(o + q, fold(o + q)) for o in DEAL_OBJECTS for q in DEAL_QUALIFIERS]
    for _ in range(4_000):
        raw, kind = min(rng.lognormvariate(9.4, 1.1), 3_000_000.0), rng.random()
        if kind < 0.7:
            amount = Decimal(max(100, round(raw, -2)))
        else:
            amount = Decimal(round(raw)) if kind < 0.9 else Decimal(f"{raw:.2f}")
        cat.amounts.append(amount.quantize(Decimal("0.01")))
    cat.bound_amounts = [cat.bind_money(a) for a in cat.amounts]


class Detail(NamedTuple):
    """What activities, documents and time entries need to know about an opportunity."""

    opportunity: uuid.UUID
    party: Party
    owner: uuid.UUID
    created: datetime
    amount: Decimal
    status: str


def write_details(
    sql: Sql, rng: random.Random, details: list[Detail], now: datetime
) -> tuple[dict[str, int], dict[str, int]]:
    """Activities, sales documents (same company) and time entries of a few opportunities.

    Returns the counts for the report and the document number counters to store.
    """
    counters = dict(
        sql.conn.execute(
            select(Counter.name, Counter.value).where(Counter.name.like("sales%"))
        ).all()
    )
    activities: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    times: list[dict[str, Any]] = []
    for d in details:
        span = max(60, int((now - d.created).total_seconds()))
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
            activities.append(_activity(rng, d, d.created + timedelta(seconds=rng.randrange(span))))
        if rng.random() < 0.3:
            documents.append(_document(rng, d, counters, now))
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            day = (d.created + timedelta(seconds=rng.randrange(span))).date()
            entry: dict[str, Any] = dict(
                id=new_id(rng), opportunity_id=d.opportunity, user_id=d.owner
            )
            entry |= dict(work_date=day, minutes=15 * rng.randrange(1, 33), deleted_at=None)
            times.append(entry | dict(description=rng.choice(WORK)) | stamps(d.owner, d.created))
    sql.core(table_of(Activity), activities)
    sql.core(
        table_of(SalesDocument), [{k: v for k, v in d.items() if k != "opp"} for d in documents]
    )
    links = [dict(opportunity_id=d["opp"], sales_document_id=d["id"]) for d in documents]
    sql.core(opportunity_sales_documents, links)
    sql.core(table_of(TimeEntry), times)
    counts = {"activities": len(activities), "sales_documents": len(documents)}
    return counts | {"time_entries": len(times)}, counters


def _activity(rng: random.Random, d: Detail, at: datetime) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(c.name for c in table_of(Activity).columns)
    row |= dict(id=new_id(rng), opportunity_id=d.opportunity, author_id=d.owner, occurred_at=at)
    row |= stamps(d.owner, at) | dict(subject="", body="")
    row["kind"] = kind = rng.choice(("comment", "comment", "call", "task"))
    if kind == "comment":
        row["body"] = rng.choice(COMMENTS)
    elif kind == "call":
        row |= dict(subject="Appel", call_direction=rng.choice(("in", "out")))
        row |= dict(call_duration_seconds=rng.randrange(60, 1800))
        row["call_outcome"] = rng.choice(CALL_OUTCOMES)
    else:
        done = rng.random() < 0.5
        row |= dict(subject=rng.choice(TASKS), task_due_at=at + timedelta(days=rng.randrange(15)))
        row |= dict(task_assignee_id=d.owner, task_done=done, task_done_at=at if done else None)
    return row


def _document(
    rng: random.Random, d: Detail, counters: dict[str, int], now: datetime
) -> dict[str, Any]:
    doc_type = "invoice" if d.status == "won" else rng.choice(("quote", "quote", "order"))
    counter = f"sales_document_{doc_type}"
    counters[counter] = counters.get(counter, 0) + 1
    issued = d.created + (now - d.created) * rng.random()
    doc = dict(id=new_id(rng), opp=d.opportunity, doc_type=doc_type, issued_on=issued.date())
    doc |= dict(number=f"{NUMBER_PREFIXES[doc_type]}-{counters[counter]:05d}", deleted_at=None)
    doc |= dict(company_id=d.party.company_id, contact_id=d.party.contact_id, amount=d.amount)
    doc |= dict(currency="EUR", status=rng.choice(DOCUMENT_STATUSES[doc_type]))
    doc["title"] = f"{DOCUMENT_LABELS[doc_type]} – {d.party.company_name}"
    return doc | stamps(d.owner, issued)
