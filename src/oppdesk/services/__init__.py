"""Use cases over a workspace database. Synchronous, Qt-free; each call is one unit of work.

Every public function takes the ``Database`` and the acting user's id first, checks the
user's privileges, and returns frozen DTOs.
"""

from oppdesk.services.catalog import (
    list_groups,
    list_pipelines,
    list_sources,
    list_tags,
    list_users,
)
from oppdesk.services.companies import (
    create_company,
    create_contact,
    get_company,
    list_contacts,
    search_companies,
    update_company,
    update_contact,
)
from oppdesk.services.custom_fields import (
    create_custom_field,
    list_custom_fields,
    update_custom_field,
)
from oppdesk.services.errors import (
    AuthenticationError,
    ConflictError,
    FieldError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from oppdesk.services.opportunities import (
    create_opportunity,
    delete_opportunity,
    duplicate_opportunity,
    find_opportunity_by_reference,
    get_opportunity,
    move_to_stage,
    update_opportunity,
)
from oppdesk.services.opportunity_list import (
    OpportunityQuery,
    OpportunityRow,
    Totals,
    list_opportunities,
    opportunity_totals,
)
from oppdesk.services.setup import authenticate, ensure_defaults, sign_in_needs
from oppdesk.services.sharing import (
    add_tag,
    change_owner,
    remove_tag,
    share_opportunity,
    unshare_opportunity,
)
from oppdesk.services.users import create_group, create_user, set_user_profile

__all__ = [
    "AuthenticationError",
    "ConflictError",
    "FieldError",
    "NotFound",
    "OpportunityQuery",
    "OpportunityRow",
    "PermissionDenied",
    "Totals",
    "UserError",
    "ValidationError",
    "add_tag",
    "authenticate",
    "change_owner",
    "create_company",
    "create_contact",
    "create_custom_field",
    "create_group",
    "create_opportunity",
    "create_user",
    "delete_opportunity",
    "duplicate_opportunity",
    "ensure_defaults",
    "find_opportunity_by_reference",
    "get_company",
    "get_opportunity",
    "list_contacts",
    "list_custom_fields",
    "list_groups",
    "list_opportunities",
    "list_pipelines",
    "list_sources",
    "list_tags",
    "list_users",
    "move_to_stage",
    "opportunity_totals",
    "remove_tag",
    "search_companies",
    "set_user_profile",
    "share_opportunity",
    "sign_in_needs",
    "unshare_opportunity",
    "update_company",
    "update_contact",
    "update_custom_field",
    "update_opportunity",
]
