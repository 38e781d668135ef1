-- Where a saved search's next digest continues from: everything first made public up to listed_until was listed (or
-- did not match). A digest lists at most 20 items of a kind; when a kind reaches that, listed_until stays at the last
-- item it listed, so the rest come in the next digest instead of never. NULL: from the last digest less an hour (items
-- that reached the index late), as before.
ALTER TABLE saved_search ADD COLUMN listed_until timestamptz;
