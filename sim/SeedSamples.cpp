// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SeedSamples.h"

#include <QFile>
#include <QJsonParseError>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

constexpr std::array kFileNames{
    "zia-urllookup.json", "zpa-application-segments.json", "ztw-ecgroup.json", "zid-user.json",
    "zcc-otp.json",
};

size_t indexOf(SeedSamples::Sample sample)
{
    return static_cast<size_t>(sample);
}

struct Loaded
{
    QByteArray text;
    QJsonDocument document;
};

Loaded load(SeedSamples::Sample sample)
{
    Loaded loaded;
    QFile file(SeedSamples::resourcePath(sample));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("zc::sim: the seed sample %s is missing from the resources",
               kFileNames[indexOf(sample)]);
    loaded.text = file.readAll();
    QJsonParseError error;
    loaded.document = QJsonDocument::fromJson(loaded.text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("zc::sim: the seed sample %s is not valid JSON: %s", kFileNames[indexOf(sample)],
               qPrintable(error.errorString()));
    return loaded;
}

const Loaded &loaded(SeedSamples::Sample sample)
{
    // Thread-safe, once: the samples never change at run time.
    static const std::array<Loaded, kFileNames.size()> all{
        load(SeedSamples::Sample::ZiaUrlLookup), load(SeedSamples::Sample::ZpaApplicationSegments),
        load(SeedSamples::Sample::ZtwEcGroups),  load(SeedSamples::Sample::ZidUser),
        load(SeedSamples::Sample::ZccOtp),
    };
    return all[indexOf(sample)];
}

} // namespace

QString SeedSamples::resourcePath(Sample sample)
{
    return u":/zc/sim/samples/"_s + QLatin1StringView(kFileNames[indexOf(sample)]);
}

QByteArray SeedSamples::text(Sample sample)
{
    return loaded(sample).text;
}

const QJsonDocument &SeedSamples::document(Sample sample)
{
    return loaded(sample).document;
}

} // namespace zc::sim
