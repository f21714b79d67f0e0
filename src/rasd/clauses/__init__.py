"""Clause analysis shared by quotes and events: inflected predicate lexicons and a view of
each sentence as search-form words with the actors it names."""
