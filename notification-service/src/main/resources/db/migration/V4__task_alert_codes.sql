-- Task alerts are named by the task's code (T50-02), no longer by its id: task-service keeps codes unique and
-- unchangeable, and every task event carries one. An alert written before is named like its link
-- (/api/v1/tasks/{id}, which stays: the tasks API addresses tasks by id); its code is in its English reason, which
-- always starts "Task <code> is ". Rows already named by their code are left alone, so the script can run again.
update alert
   set subject_code = substring(reason_en from '^Task ([A-Z0-9_-]+) is ')
 where subject_type = 'TASK'
   and link = '/api/v1/tasks/' || subject_code
   and reason_en ~ '^Task [A-Z0-9_-]+ is ';

-- Silences and rules matched task alerts by the task id until now; they name the code instead wherever an alert
-- of that task tells which code it is. Indicator codes start with a letter, so an all-digit subject was a task id.
update silence s
   set subject = (select max(a.subject_code) from alert a
                   where a.subject_type = 'TASK' and a.link = '/api/v1/tasks/' || s.subject)
 where s.subject ~ '^[0-9]+$'
   and exists (select 1 from alert a
                where a.subject_type = 'TASK' and a.link = '/api/v1/tasks/' || s.subject
                  and a.subject_code <> s.subject);

update alert_rule r
   set subject = (select max(a.subject_code) from alert a
                   where a.subject_type = 'TASK' and a.link = '/api/v1/tasks/' || r.subject)
 where r.subject ~ '^[0-9]+$'
   and exists (select 1 from alert a
                where a.subject_type = 'TASK' and a.link = '/api/v1/tasks/' || r.subject
                  and a.subject_code <> r.subject);
