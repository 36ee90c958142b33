"""Background work on the Tasks API: durable, retried with backoff, failures kept for a lead."""
