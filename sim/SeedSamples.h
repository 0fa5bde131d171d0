// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace zc::sim {

// The seed document's sample records, verbatim, as JSON files under sim/samples/ compiled into
// the simulator library as the Qt resource ":/zc/sim/samples/" (provenance in
// sim/samples/README.md). Each file is read and parsed once, on first use; the simulator serves
// these records, and the tests compare what it serves with the same files.
class SeedSamples
{
public:
    enum class Sample
    {
        ZiaUrlLookup,           // zia-urllookup.json: POST /urlLookup for the three seed URLs
        ZpaApplicationSegments, // zpa-application-segments.json: GET .../application
        ZtwEcGroups,            // ztw-ecgroup.json: GET /ecgroup
        ZidUser,                // zid-user.json: GET /users?loginname=bbb@bbc.com
        ZccOtp,                 // zcc-otp.json: GET /getOtp
    };

    // ":/zc/sim/samples/<file>".
    static QString resourcePath(Sample sample);
    // The file's bytes, exactly as in the seed document.
    static QByteArray text(Sample sample);
    // The parsed file; a missing or invalid file is a build error, reported by qFatal.
    static const QJsonDocument &document(Sample sample);
};

} // namespace zc::sim
