"""Qt item models adapting the services (named apart from okrdesk.models, the ORM)."""
