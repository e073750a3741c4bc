"""The demo data's pools and small tables: word lists, Faker pools, the catalog, details.

Faker is slow per call, so :func:`build_people` draws a few thousand values once and the
loader picks from these lists with its own seeded ``random.Random``. :func:`build` writes
the small tables (users, groups, pipelines, tags, custom fields, companies, contacts) and
returns them as pre-bound pools for :mod:`oppdesk.services.demo_data`.
"""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import combinations
from typing import Any, cast

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
    opportunity_assignees,
    opportunity_sales_documents,
    opportunity_tags,
    user_groups,
)
from oppdesk.services.sales_documents import DOCUMENT_STATUSES, NUMBER_PREFIXES
from oppdesk.services.settings import DEFAULTS
from oppdesk.services.sort_keys import contact_key, fold, stage_key

POOL_SIZE = 3_000
DAYS_SPAN = 1_100
FIELD_VALUE_COLUMNS = (
    *("opportunity_id", "field_id", "value_text", "value_number", "value_date", "value_bool"),
)
ACTIVITY_COLUMNS = tuple(c.name for c in Activity.__table__.columns)

DEAL_OBJECTS = (
    "Déploiement CRM",
    "Renouvellement licences",
    "Migration cloud",
    "Audit sécurité",
    "Formation utilisateurs",
    "Maintenance annuelle",
    "Refonte site web",
    "Infogérance",
    "Support premium",
    "Intégration ERP",
    "Extension de contrat",
    "Accompagnement RGPD",
    "Tierce maintenance applicative",
    "Renouvellement parc PC",
    "Téléphonie IP",
    "Contrat de maintenance",
    "Application mobile",
    "Portail client",
    "Sauvegarde externalisée",
    "Étude de faisabilité",
    "Pack conseil",
    "Licences supplémentaires",
    "Hébergement dédié",
    "Mise en conformité",
)
DEAL_QUALIFIERS = ("", "", "", " phase 2", " 2026", " – lot 1", " multi-sites", " siège")
BRIEFS = (
    "Besoin exprimé lors du dernier rendez-vous ; budget à confirmer.",
    "Le client compare trois offres, décision attendue avant la fin du trimestre.",
    "Projet porté par la direction générale, forte priorité.",
    "Relancer après les congés ; le décideur change de poste.",
    "Proposition envoyée, en attente du retour des achats.",
    "Appel d'offres public : dossier à déposer sur la plateforme.",
)
JOB_TITLES = (
    "Directeur général",
    "Directrice administrative et financière",
    "Responsable des achats",
    "Directeur des systèmes d'information",
    "Responsable informatique",
    "Chef de projet",
    "Directrice commerciale",
    "Responsable marketing",
    "Office manager",
    "Assistante de direction",
    "Contrôleur de gestion",
    "Responsable RH",
    "Gérant",
    "Acheteuse",
    "Responsable qualité",
)
LEGAL_FORMS = ("SA", "SAS", "SARL", "SASU", "EURL", "Groupe", "& Fils", "Industries")
GROUPS = ("Équipe Nord", "Équipe Sud", "Grands comptes")
EXTRA_PIPELINES = (
    ("Partenariats", (("Identification", 10), ("Premier contact", 30), ("Accord", 70))),
    (
        "Renouvellements",
        (("À renouveler", 40), ("Offre envoyée", 60), ("Négociation", 80), ("Signé", 95)),
    ),
)
TAGS = (
    "Prioritaire",
    "Grand compte",
    "Secteur public",
    "Appel d'offres",
    "Récurrent",
    "Upsell",
    "Cross-sell",
    "Stratégique",
    "À relancer",
    "Budget validé",
    "Concurrence",
    "PME",
    "International",
    "Partenaire",
    "Référence client",
)
SECTORS = ("Industrie", "Santé", "Commerce", "Banque & assurance", "Collectivité", "Services")
# (code, label, field_type, choices)
CUSTOM_FIELDS = (
    ("secteur", "Secteur d'activité", "single_choice", SECTORS),
    ("nb_utilisateurs", "Nombre d'utilisateurs", "number", ()),
    ("date_decision", "Date de décision", "date", ()),
    ("budget_confirme", "Budget confirmé", "boolean", ()),
    ("concurrent", "Concurrent principal", "text", ()),
)
COMPETITORS = ("Salesforce", "HubSpot", "Sellsy", "Axonaut", "Pipedrive", "Microsoft")
COMMENTS = (
    "Échange très positif avec le client.",
    "Le client souhaite une démonstration complémentaire.",
    "Budget revu à la baisse, à retravailler.",
    "Contact relancé par téléphone.",
)
CALL_OUTCOMES = ("Intéressé", "À rappeler", "Messagerie", "Rendez-vous fixé", "Pas intéressé")
TASKS = (
    "Envoyer la proposition",
    "Préparer la démo",
    "Relancer le client",
    "Mettre à jour le devis",
)
WORK = ("Préparation de la proposition", "Rendez-vous client", "Démonstration", "Rédaction")


def ascii_slug(text: str, separator: str = "") -> str:
    """ "Société Générale" -> "societegenerale" (or "societe-generale" with "-")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return separator.join(re.findall(r"[a-z0-9]+", plain))


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
    """``count`` distinct company names ("Martin SAS", "Groupe Leroy", "Dupont & Fils")."""
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        last = rng.choice(people.last_names)
        form = rng.choice(LEGAL_FORMS)
        name = f"{form} {last}" if form == "Groupe" else f"{last} {form}"
        if rng.random() < 0.3:
            name = f"{last}-{rng.choice(people.last_names)} {form}"
        if name in seen:
            name = f"{name} {rng.choice(people.cities)[1]}"
        if name not in seen and len(name) <= 120:
            seen.add(name)
            names.append(name)
    return names


def siren(rng: random.Random) -> str:
    """A nine-digit SIREN with a valid Luhn check digit."""
    digits = [rng.randrange(10) for _ in range(8)]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)
    )
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


# --- the catalog: small tables written through Core, returned as pre-bound pools ----------

DETAILED = 2_000  # opportunities that also get activities, documents and time entries
COMPANIES_PER_OPPORTUNITY = 50
MIN_COMPANIES = 5
USERS = 20  # 17 sales, 2 read-only, 1 administrator


def _same(value: Any) -> Any:
    return value


def table_of(model: Any) -> Table:
    return cast(Table, model.__table__)


class Sql:
    """Writes through one connection: dict rows via Core, pre-bound tuples via the driver."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self._inserts: dict[tuple[str, tuple[str, ...]], str] = {}

    def bind(self, model: Any, column: str) -> Callable[[Any], Any]:
        """What SQLAlchemy would send to the driver for a value of ``model.column``."""
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
                f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES ({', '.join([mark] * len(columns))})"
            )
        self.conn.exec_driver_sql(self._inserts[key], rows)


@dataclass(frozen=True, slots=True)
class Party:
    """A company and one of its contacts (or none), as an opportunity links them."""

    company: Any
    contact: Any
    company_name: str
    company_key: str
    contact_key: str
    search_tail: str
    company_id: uuid.UUID
    contact_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class StageRef:
    pipeline: Any
    stage: Any
    probability: int
    pipeline_key: str
    stage_key: int


@dataclass(frozen=True, slots=True)
class Owner:
    id: uuid.UUID
    bound: Any
    key: str


@dataclass(frozen=True, slots=True)
class Detail:
    """What activities, documents and time entries need to know about an opportunity."""

    opportunity: uuid.UUID
    party: Party
    owner: uuid.UUID
    created: datetime
    amount: Decimal
    status: str


@dataclass
class Catalog:
    """Everything an opportunity row refers to, bound for the connection's dialect."""

    sql: Sql
    admin: uuid.UUID
    reference_pattern: str
    currency: Any
    loss_reasons: list[str]
    parties: list[Party] = field(default_factory=list)
    stages: list[StageRef] = field(default_factory=list)
    stage_cum: list[float] = field(default_factory=list)
    last_stages: list[StageRef] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    assignee_sets: list[list[tuple[Any, ...]]] = field(default_factory=list)
    sources: list[tuple[Any, str]] = field(default_factory=list)
    tag_sets: list[list[tuple[Any, ...]]] = field(default_factory=list)
    field_sets: list[list[Any]] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)
    amounts: list[Decimal] = field(default_factory=list)
    bound_amounts: list[Any] = field(default_factory=list)
    briefs: list[str] = field(default_factory=list)
    companies: int = 0
    contacts: int = 0
    pipelines: int = 0

    def __post_init__(self) -> None:
        self.bind_money = self.sql.bind(Opportunity, "amount")
        self.bind_uuid = self.sql.bind(Opportunity, "id")
        self.bound_true = self.sql.bind(Opportunity, "probability_is_manual")(True)
        self.bound_false = self.sql.bind(Opportunity, "probability_is_manual")(False)

    def unbind_uuid(self, value: Any) -> uuid.UUID:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)

    def counts(self) -> dict[str, int]:
        return {
            "companies": self.companies,
            "contacts": self.contacts,
            "users": USERS,
            "groups": len(GROUPS),
            "pipelines": self.pipelines,
            "tags": len(TAGS),
            "custom_fields": len(CUSTOM_FIELDS),
        }


def _new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _stamps(actor: uuid.UUID, at: datetime) -> dict[str, Any]:
    return {
        "version": 1,
        "created_at": at,
        "updated_at": at,
        "created_by": actor,
        "updated_by": actor,
    }


def build(sql: Sql, rng: random.Random, seed: int, n: int, start: datetime) -> Catalog:
    """Write the catalog tables and return them as pools for ``n`` opportunities."""
    conn = sql.conn
    settings: dict[str, Any] = dict(
        conn.execute(select(WorkspaceSetting.key, WorkspaceSetting.value)).all()
    )
    admin = conn.scalar(select(User.id).where(User.login == "admin")) or conn.scalar(
        select(User.id).order_by(User.created_at)
    )
    if admin is None:
        raise ValueError("the workspace is not seeded: run services.ensure_defaults first")
    cat = Catalog(
        sql=sql,
        admin=admin,
        reference_pattern=str(settings.get("reference_pattern") or DEFAULTS["reference_pattern"]),
        currency=settings.get("default_currency") or DEFAULTS["default_currency"],
        loss_reasons=list(settings.get("loss_reasons") or DEFAULTS["loss_reasons"]),
    )
    people = build_people(seed)
    _users(cat, rng, people, start)
    _pipelines(cat, rng, start)
    _sources(cat)
    _tags_and_fields(cat, rng, start)
    _companies(cat, rng, people, start, max(MIN_COMPANIES, n // COMPANIES_PER_OPPORTUNITY))
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
            users.append(
                {
                    **dict(id=_new_id(rng), login=login, display_name=f"{first} {last}"),
                    **dict(email=f"{login}@oppdesk-demo.example", active=True, password_hash=None),
                    **dict(profile_id=profiles[codes[len(users)]], **_stamps(cat.admin, at)),
                }
            )
    cat.sql.core(table_of(User), users)
    taken = set(conn.scalars(select(Group.name)))
    groups = [dict(id=_new_id(rng), name=g, **_stamps(cat.admin, at)) for g in GROUPS]
    groups = [g for g in groups if g["name"] not in taken]
    cat.sql.core(table_of(Group), groups)
    members = [(u["id"], groups[i % len(groups)]["id"]) for i, u in enumerate(users) if groups]
    members += [(u["id"], groups[-1]["id"]) for u in users[3:6] if len(groups) > 1]
    cat.sql.core(user_groups, [dict(user_id=u, group_id=g) for u, g in dict.fromkeys(members)])
    cat.owners = [
        Owner(u["id"], cat.bind_uuid(u["id"]), fold(u["display_name"])[:120])
        for u, code in zip(users, codes, strict=True)
        if code != "read_only"
    ]
    ids = [cat.bind_uuid(u["id"]) for u in users]
    cat.assignee_sets = [[()], [(i,) for i in ids], list(combinations(ids, 2))]


def _pipelines(cat: Catalog, rng: random.Random, at: datetime) -> None:
    conn = cat.sql.conn
    existing = conn.execute(select(Pipeline.name, Pipeline.position)).all()
    taken, position = {name for name, _ in existing}, max((p for _, p in existing), default=-1)
    for name, stages in EXTRA_PIPELINES:
        if name in taken:
            continue
        position += 1
        pipeline = dict(id=_new_id(rng), name=name, position=position, is_default=False)
        cat.sql.core(table_of(Pipeline), [{**pipeline, **_stamps(cat.admin, at)}])
        rows = [
            dict(id=_new_id(rng), pipeline_id=pipeline["id"], name=stage, position=i)
            | dict(default_probability=probability, **_stamps(cat.admin, at))
            for i, (stage, probability) in enumerate(stages)
        ]
        cat.sql.core(table_of(Stage), rows)
    _stage_pool(cat)


def _stage_pool(cat: Catalog) -> None:
    rows = cat.sql.conn.execute(
        select(Pipeline.id, Pipeline.name, Pipeline.position, Pipeline.is_default)
        .add_columns(Stage.id, Stage.position, Stage.default_probability)
        .join(Stage, Stage.pipeline_id == Pipeline.id)
        .order_by(Pipeline.position, Pipeline.name, Stage.position, Stage.id)
    ).all()
    by_pipeline: dict[uuid.UUID, list[Any]] = {}
    for row in rows:
        by_pipeline.setdefault(row[0], []).append(row)
    cat.pipelines = len(by_pipeline)
    total = 0.0
    for stages in by_pipeline.values():
        share = 70.0 if stages[0].is_default else 30.0 / max(1, cat.pipelines - 1)
        refs = [
            StageRef(
                cat.bind_uuid(s[0]),
                cat.bind_uuid(s[4]),
                s[6],
                fold(s[1])[:120],
                stage_key(s[2], s[5]),
            )
            for s in stages
        ]
        funnel = [len(refs) - i for i in range(len(refs))]
        for ref, weight in zip(refs, funnel, strict=True):
            total += share * weight / sum(funnel)
            cat.stages.append(ref)
            cat.stage_cum.append(total)
        cat.last_stages.append(refs[-1])


def _sources(cat: Catalog) -> None:
    rows = cat.sql.conn.execute(
        select(Source.id, Source.name).where(Source.active.is_(True)).order_by(Source.position)
    ).all()
    cat.sources = [(cat.bind_uuid(i), fold(name)[:120]) for i, name in rows] + [(None, "")]


def _tags_and_fields(cat: Catalog, rng: random.Random, at: datetime) -> None:
    conn, sql = cat.sql.conn, cat.sql
    taken = set(conn.scalars(select(SmartTag.name)))
    tags = [dict(id=_new_id(rng), name=t, **_stamps(cat.admin, at)) for t in TAGS if t not in taken]
    sql.core(table_of(SmartTag), tags)
    ids = [cat.bind_uuid(t["id"]) for t in tags]
    cat.tag_sets = [[()], *(list(combinations(ids, size)) for size in (1, 2, 3))]
    codes = set(conn.scalars(select(CustomFieldDefinition.code)))
    position = conn.scalar(select(func.max(CustomFieldDefinition.position))) or 0
    per_field: list[list[tuple[Any, ...]]] = []
    for code, label, field_type, choices in CUSTOM_FIELDS:
        if code in codes:
            continue
        position += 1
        row = dict(id=_new_id(rng), code=code, label=label, field_type=field_type)
        row |= dict(required=False, choices=list(choices), position=position, active=True)
        sql.core(table_of(CustomFieldDefinition), [{**row, **_stamps(cat.admin, at)}])
        per_field.append(_field_values(cat, rng, cat.bind_uuid(row["id"]), field_type, at))
    cat.field_sets = [[()], *(list(combinations(per_field, size)) for size in (1, 2, 3))]


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
            when = at.date() + timedelta(days=rng.randrange(DAYS_SPAN))
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
        slug = ascii_slug(name, "-")
        postal_code, city = rng.choice(people.cities)
        company: dict[str, Any] = dict(id=_new_id(rng), name=name, name_key=fold(name)[:200])
        company |= dict(kind="client" if rng.random() < 0.4 else "prospect", country="France")
        company |= dict(address=rng.choice(people.streets), postal_code=postal_code, city=city)
        company |= dict(phone=rng.choice(people.phones), email=f"contact@{slug}.example")
        company |= dict(website=f"https://www.{slug}.fr", siren=siren(rng))
        companies.append({**company, **_stamps(cat.admin, at), "deleted_at": None})
        key = fold(name)[:200]
        cat.parties.append(
            Party(cat.bind_uuid(company["id"]), None, name, key, "", key, company["id"], None)
        )
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            first, last = rng.choice(people.first_names), rng.choice(people.last_names)
            contact: dict[str, Any] = dict(
                id=_new_id(rng), company_id=company["id"], first_name=first
            )
            contact |= dict(last_name=last, job_title=rng.choice(JOB_TITLES))
            contact |= dict(email=f"{ascii_slug(first)}.{ascii_slug(last)}@{slug}.example")
            contact |= dict(phone=rng.choice(people.phones), deleted_at=None)
            contacts.append({**contact, **_stamps(cat.admin, at)})
            person = contact_key(first, last)
            party = Party(
                cat.bind_uuid(company["id"]),
                cat.bind_uuid(contact["id"]),
                name,
                key,
                person,
                f"{key} {person}",
                company["id"],
                contact["id"],
            )
            cat.parties.append(party)
    for start in range(0, len(companies), 10_000):
        cat.sql.core(table_of(Company), companies[start : start + 10_000])
    for start in range(0, len(contacts), 10_000):
        cat.sql.core(table_of(Contact), contacts[start : start + 10_000])
    cat.companies, cat.contacts = len(companies), len(contacts)


def _words(cat: Catalog, rng: random.Random) -> None:
    cat.titles = [(o + q, fold(o + q)) for o in DEAL_OBJECTS for q in DEAL_QUALIFIERS]
    for _ in range(4_000):
        raw = min(rng.lognormvariate(9.4, 1.1), 3_000_000.0)
        kind = rng.random()
        if kind < 0.7:
            amount = Decimal(max(100, round(raw, -2)))
        elif kind < 0.9:
            amount = Decimal(round(raw))
        else:
            amount = Decimal(f"{raw:.2f}")
        cat.amounts.append(amount.quantize(Decimal("0.01")))
    cat.bound_amounts = [cat.bind_money(a) for a in cat.amounts]
    cat.briefs = [""] * 24 + list(BRIEFS)


def write_links(sql: Sql, rng: random.Random, cat: Catalog, ids: list[Any]) -> None:
    """Assignees (0–2), tags (0–3) and custom field values (some) of a chunk."""
    pick, k = rng.choice, len(ids)
    sizes = rng.choices((0, 1, 2), weights=(45, 40, 15), k=k)
    rows = [
        (o, u) for o, s in zip(ids, sizes, strict=True) if s for u in pick(cat.assignee_sets[s])
    ]
    sql.bulk(opportunity_assignees, ("opportunity_id", "user_id"), rows)
    sizes = rng.choices((0, 1, 2, 3), weights=(40, 32, 18, 10), k=k)
    rows = [(o, t) for o, s in zip(ids, sizes, strict=True) if s for t in pick(cat.tag_sets[s])]
    sql.bulk(opportunity_tags, ("opportunity_id", "tag_id"), rows)
    sizes = rng.choices((0, 1, 2, 3), weights=(85, 8, 5, 2), k=k)
    values = [
        (o, *pick(field_values))
        for o, s in zip(ids, sizes, strict=True)
        if s and s < len(cat.field_sets)
        for field_values in pick(cat.field_sets[s])
    ]
    sql.bulk(table_of(CustomFieldValue), FIELD_VALUE_COLUMNS, values)


def write_details(
    sql: Sql, rng: random.Random, cat: Catalog, detailed: list[Detail], now: datetime
) -> tuple[dict[str, int], dict[str, int]]:
    """Activities, sales documents and time entries of the first opportunities.

    Returns the counts for the report and the document counters to store.
    """
    counters = dict(
        sql.conn.execute(select(Counter.name, Counter.value).where(Counter.name.like("sales_%")))
        .tuples()
        .all()
    )
    activities: list[dict[str, Any]] = []
    documents: list[tuple[dict[str, Any], uuid.UUID]] = []
    times: list[dict[str, Any]] = []
    for d in detailed:
        span = max(60, int((now - d.created).total_seconds()))
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
            activities.append(_activity(rng, d, d.created + timedelta(seconds=rng.randrange(span))))
        if rng.random() < 0.3:
            documents.append(_document(rng, d, counters, now))
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            day = (d.created + timedelta(seconds=rng.randrange(span))).date()
            entry: dict[str, Any] = dict(
                id=_new_id(rng), opportunity_id=d.opportunity, user_id=d.owner
            )
            entry |= dict(
                work_date=day, minutes=15 * rng.randrange(1, 33), description=pick(rng, WORK)
            )
            times.append({**entry, **_stamps(d.owner, d.created), "deleted_at": None})
    sql.core(table_of(Activity), activities)
    sql.core(table_of(SalesDocument), [doc for doc, _ in documents])
    links = [dict(opportunity_id=o, sales_document_id=doc["id"]) for doc, o in documents]
    sql.core(opportunity_sales_documents, links)
    sql.core(table_of(TimeEntry), times)
    counts = {"activities": len(activities), "sales_documents": len(documents)}
    return {**counts, "time_entries": len(times)}, counters


def pick(rng: random.Random, words: Sequence[str]) -> str:
    return words[rng.randrange(len(words))]


def _activity(rng: random.Random, d: Detail, at: datetime) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ACTIVITY_COLUMNS)
    row |= dict(id=_new_id(rng), opportunity_id=d.opportunity, author_id=d.owner, occurred_at=at)
    row |= {**_stamps(d.owner, at), "subject": "", "body": ""}
    kind = rng.choice(("comment", "comment", "call", "task"))
    row["kind"] = kind
    if kind == "comment":
        row["body"] = pick(rng, COMMENTS)
    elif kind == "call":
        row |= dict(subject="Appel", call_direction=rng.choice(("in", "out")))
        row |= dict(
            call_duration_seconds=rng.randrange(60, 1800), call_outcome=pick(rng, CALL_OUTCOMES)
        )
    else:
        done = rng.random() < 0.5
        row |= dict(subject=pick(rng, TASKS), task_due_at=at + timedelta(days=rng.randrange(1, 15)))
        row |= dict(task_assignee_id=d.owner, task_done=done, task_done_at=at if done else None)
    return row


def _document(
    rng: random.Random, d: Detail, counters: dict[str, int], now: datetime
) -> tuple[dict[str, Any], uuid.UUID]:
    doc_type = "invoice" if d.status == "won" else rng.choice(("quote", "quote", "order"))
    counter = f"sales_document_{doc_type}"
    counters[counter] = counters.get(counter, 0) + 1
    number = f"{NUMBER_PREFIXES[doc_type]}-{counters[counter]:05d}"
    label = {"quote": "Devis", "order": "Bon de commande", "invoice": "Facture"}[doc_type]
    issued = d.created + (now - d.created) * rng.random()
    doc: dict[str, Any] = dict(
        id=_new_id(rng), doc_type=doc_type, number=number, issued_on=issued.date()
    )
    doc |= dict(company_id=d.party.company_id, contact_id=d.party.contact_id, amount=d.amount)
    doc |= dict(currency="EUR", status=rng.choice(DOCUMENT_STATUSES[doc_type]))
    doc |= dict(title=f"{label} – {d.party.company_name}", deleted_at=None)
    return {**doc, **_stamps(d.owner, issued)}, d.opportunity
