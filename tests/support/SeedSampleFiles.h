// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The seed document's sample records as the simulator library carries them (sim/samples/,
// the Qt resource ":/zc/sim/samples/"), read straight from the resource so that a test compares
// what the simulator serves with the file itself rather than with the simulator's own copy.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace zc::test {

// The bytes of sim/samples/<fileName>; aborts the test (qFatal) if the resource is missing.
QByteArray seedSampleText(const QString &fileName);
// The same, parsed; aborts the test if it is not valid JSON.
QJsonDocument seedSample(const QString &fileName);

// The samples as the tests use them.
QJsonArray seedUrlLookup();       // POST /urlLookup for viruses.org, facebook.com, bbc.com
QJsonArray seedAppSegments();     // the `list` of GET .../application
QJsonArray seedConnectorGroups(); // GET /ecgroup
QJsonObject seedUserRecord();     // the one record of GET /users?loginname=bbb@bbc.com

} // namespace zc::test
