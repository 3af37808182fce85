#pragma once

#include <QJsonObject>

struct Account;
struct BackupPolicy;
struct Environment;
struct Job;
struct Me;
struct Site;
struct Snapshot;

// The `--json` output: the API's own field names and value spellings (snake_case, RFC 3339 UTC
// times, null for absent values), so scripts can rely on the contract's documentation. Keys are
// sorted (QJsonDocument), which keeps the output stable between versions.
namespace JsonView {

QJsonObject site(const Site &site);
QJsonObject environment(const Environment &env);
QJsonObject snapshot(const Snapshot &snapshot);
QJsonObject job(const Job &job);
QJsonObject backupPolicy(const BackupPolicy &policy);
QJsonObject account(const Account &account); // never the key
QJsonObject me(const Me &me);

} // namespace JsonView
