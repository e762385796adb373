-- docs/decisions/0029: loading a month's answers maintained two indexes of survey_answer, its
-- key (response_id, item_id) and the index InnoDB keeps for fk_answer_item (item_id, response_id).
-- Measured with 1 M answers: 2.6 s into the key alone, 4.8 s with the item index. No query reads
-- the answers by item (every one comes from the answer set, by the key), so the index and its
-- foreign key go. What the foreign key guarded, an answer pointing to no item, cannot come about:
-- an item is a version of an instrument's wording, answers point to it, and it is never deleted
-- (ids come from AUTO_INCREMENT and are never changed); the trigger makes that a rule of the
-- database rather than of the code.
ALTER TABLE survey_answer DROP FOREIGN KEY fk_answer_item;
ALTER TABLE survey_answer DROP INDEX fk_answer_item;

CREATE TRIGGER survey_item_no_delete BEFORE DELETE ON survey_item FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'survey items are never deleted: answers point to them';
