"""Domain and storage: the OKR entities, their maths and the workspace file (no Qt here)."""
