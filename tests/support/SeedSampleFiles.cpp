// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SeedSampleFiles.h"

#include <QFile>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

QByteArray seedSampleText(const QString &fileName)
{
    QFile file(u":/zc/sim/samples/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("seed sample %s: not in the simulator's resources", qPrintable(fileName));
    return file.readAll();
}

QJsonDocument seedSample(const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(seedSampleText(fileName), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("seed sample %s: %s", qPrintable(fileName), qPrintable(error.errorString()));
    return document;
}

QJsonArray seedUrlLookup()
{
    return seedSample(u"zia-urllookup.json"_s).array();
}

QJsonArray seedAppSegments()
{
    return seedSample(u"zpa-application-segments.json"_s).object().value("list"_L1).toArray();
}

QJsonArray seedConnectorGroups()
{
    return seedSample(u"ztw-ecgroup.json"_s).array();
}

QJsonObject seedUserRecord()
{
    return seedSample(u"zid-user.json"_s).object().value("records"_L1).toArray().first().toObject();
}

} // namespace zc::test
