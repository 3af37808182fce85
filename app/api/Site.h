#pragma once

#include "Environment.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Site
{
    QString id;
    QString slug;
    QString name;
    QString region;
    QString plan;
    QDateTime createdAt;
    QList<Environment> environments;
};
