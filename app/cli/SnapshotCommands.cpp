// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "snapshot/SnapshotDiffExport.h"
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotJob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::SnapshotCommands)
};

// Exit statuses of "snapshot diff".
constexpr int kEqual = 0;
constexpr int kDiffer = 1;

QString collectionTitle(const QString &key)
{
    const SnapshotCollectionSpec *spec = SnapshotCollectionSpec::find(key);
    return spec ? spec->title() : key;
}

// Takes a snapshot of the connected tenant, announcing each collection when someone watches,
// then hands it to `done`.
void takeSnapshot(CliContext &context, std::function<void(const Snapshot &)> done)
{
    context.connectClient([&context, done = std::move(done)](ApiClient *client) {
        auto *job = new SnapshotJob(client, &context);
        if (context.showProgress()) {
            QObject::connect(job, &SnapshotJob::progress, &context,
                             [&context](int index, int count, const QString &key, int records) {
                                 if (context.isFinished())
                                     return;
                                 context.info(records > 0 ? Tr::tr("%1 of %2: %3 (%Ln record(s)).",
                                                                   nullptr, records)
                                                                .arg(index + 1)
                                                                .arg(count)
                                                                .arg(collectionTitle(key))
                                                          : Tr::tr("%1 of %2: %3.")
                                                                .arg(index + 1)
                                                                .arg(count)
                                                                .arg(collectionTitle(key)));
                             });
        }
        context.run(job, [done](SnapshotJob *finished) { done(finished->snapshot()); });
    });
}

int runSave(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"snapshot save"_s,
                       Tr::tr("Reads the tenant's configuration (ZPA application segments, segment "
                              "and server groups; Cloud & Branch Connector groups; ZIdentity users "
                              "and groups; ZIA and Cloud & Branch Connector activation status) and "
                              "writes it to FILE as a snapshot, readable by its owner only. "
                              "Collections the client may not read are kept with the reason."),
                       false);
    leaf.addPositional(u"file"_s, Tr::tr("The snapshot file to write."), u"FILE"_s);
    if (const auto done = leaf.parse(args, &globals))
        return *done;
    context.setGlobals(globals);
    const QStringList files = leaf.positionalArguments();
    if (files.size() != 1)
        return leaf.usageError(Tr::tr("Give one file to write."));
    const QString path = files.first();

    takeSnapshot(context, [&context, path](const Snapshot &snapshot) {
        QString error;
        if (!SnapshotFile::write(path, snapshot, &error)) {
            context.fail(error, UsageError);
            return;
        }
        for (const SnapshotCollection &c : snapshot.collections) {
            if (!c.isPresent())
                context.info(Tr::tr("%1: %2. %3")
                                 .arg(collectionTitle(c.key),
                                      SnapshotCollection::stateText(c.state), c.message));
        }
        context.info(
            Tr::tr("Saved %Ln record(s) to %1.", nullptr, int(snapshot.recordCount())).arg(path));
    });
    return kRunning;
}

std::optional<Snapshot> readSnapshot(const QString &path)
{
    SnapshotReadError error;
    std::optional<Snapshot> snapshot = SnapshotFile::read(path, &error);
    if (!snapshot)
        writeErr(u"zconsole-cli: "_s + error.message);
    return snapshot;
}

int printDiff(CliContext &context, const Snapshot &older, const Snapshot &newer)
{
    const SnapshotDiff diff = SnapshotDiff::compare(older, newer);
    const OutputFormatter formatter = context.formatter();
    context.printResult(
        formatter.format() == OutputFormatter::Format::Json
            ? SnapshotDiffExport::json(diff)
            : formatter.records(SnapshotDiffExport::rows(diff), SnapshotDiffExport::rowColumns()));
    return diff.isEqual() ? kEqual : kDiffer;
}

int runDiff(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(
        u"snapshot diff"_s,
        Tr::tr(
            "Compares two snapshots, or a snapshot with the tenant now (--live): per collection "
            "the records added, removed and changed, matched by ID, with the changed fields' old "
            "and new values. Exit status: 0 equal, 1 different, 2 a file that is not a "
            "snapshot, is damaged or is of a newer format."),
        false);
    const QCommandLineOption liveOption(u"live"_s,
                                        Tr::tr("Compare OLD with the tenant as it is now."));
    leaf.parser().addOption(liveOption);
    leaf.addPositional(u"old"_s, Tr::tr("The older snapshot file."), u"OLD"_s);
    leaf.addPositional(u"new"_s, Tr::tr("The newer snapshot file (not with --live)."), u"[NEW]"_s);
    if (const auto done = leaf.parse(args, &globals))
        return *done;
    context.setGlobals(globals);
    const QStringList files = leaf.positionalArguments();
    const bool live = leaf.parser().isSet(liveOption);
    if (files.size() != (live ? 1 : 2))
        return leaf.usageError(live ? Tr::tr("Give one snapshot file to compare with the tenant.")
                                    : Tr::tr("Give two snapshot files, or one and --live."));

    const std::optional<Snapshot> older = readSnapshot(files.first());
    if (!older)
        return UsageError;
    if (!live) {
        const std::optional<Snapshot> newer = readSnapshot(files.at(1));
        if (!newer)
            return UsageError;
        return printDiff(context, *older, *newer);
    }
    takeSnapshot(context, [&context, older](const Snapshot &now) {
        context.finish(printDiff(context, *older, now));
    });
    return kRunning;
}

} // namespace

int runSnapshotCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(context, args, context.globals(), u"snapshot"_s,
                           Tr::tr("Tenant snapshots: save the configuration, compare it later."),
                           Tr::tr("save: write a snapshot of the tenant. diff: compare two "
                                  "snapshots, or one with the tenant now."),
                           {{u"save"_s, runSave}, {u"diff"_s, runDiff}});
}

} // namespace zc::cli
