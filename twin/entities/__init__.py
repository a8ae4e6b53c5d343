"""Geographic entities kept month by month: the pure model, the delivery diff and the import."""
