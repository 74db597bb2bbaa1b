"""Import every model module so that ``Base.metadata`` describes the whole schema."""

from edulab_app.storage import (  # noqa: F401
    diagnosis_models,
    document_models,
    models,
    plan_models,
    review_models,
    school_review_models,
    security_models,
    tracking_models,
)
from edulab_app.storage.base import Base

metadata = Base.metadata
