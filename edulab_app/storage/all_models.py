"""Import every model module so that ``Base.metadata`` describes the whole schema."""

from edulab_app.storage import diagnosis_models, models, plan_models, security_models, tracking_models  # noqa: F401
from edulab_app.storage.base import Base

metadata = Base.metadata
