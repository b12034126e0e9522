-- The nine design steps of a course (guide section XV): for each step, who took part
-- (employers, associations, regulators, others) and the evidence; they feed standard 1.3.
CREATE TABLE course_design_steps (
  course_id     uuid NOT NULL REFERENCES courses(id),
  step          integer NOT NULL CHECK (step BETWEEN 1 AND 9),
  -- [{ "kind": "employer" | "association" | "regulator" | "other", "name": "..." }]
  participants  jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(participants) = 'array'),
  evidence      text NOT NULL CHECK (length(btrim(evidence)) > 0),
  file_sha256   text REFERENCES files(sha256),
  updated_by    uuid REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, step)
);
