-- A notification keeps the document's French title beside the English one (document_title), so each
-- reader sees the title in their own language. Older notifications keep the one title they had.
alter table documents.notification add column document_title_fr varchar(500);
