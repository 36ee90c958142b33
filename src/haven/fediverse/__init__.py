"""Everything about the fediverse: accounts today; server connections and actions next."""
