#pragma once

#include <QList>
#include <QString>

#include <functional>

class Command;
class CommandContext;
class QObject;

// Every `mf GROUP VERB` there is, with the one-line summaries `--help` shows.
class CommandCatalog
{
public:
    struct Entry
    {
        QString group;
        QString verb;
        QString summary;
        std::function<Command *(CommandContext *, QObject *)> make;
    };
    struct Group
    {
        QString name;
        QString summary;
    };

    static const QList<Entry> &entries();
    static const QList<Group> &groups();
    static const Entry *find(const QString &group, const QString &verb);
    static const Group *findGroup(const QString &name);
};
