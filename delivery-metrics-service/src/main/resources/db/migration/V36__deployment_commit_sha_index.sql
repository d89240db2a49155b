-- Lead time counts a commit at its first successful deployment: the earlier deployments of a window's commits are
-- found by sha.
create index deployment_commit_sha on deployment_commit (sha);
