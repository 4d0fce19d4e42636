"""Review of a team's annotations: agreement, curation into a gold set, reports and training splits."""
