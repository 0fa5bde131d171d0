// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliOptions.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace zc {
class ActivationStatus;
class ApiClient;
} // namespace zc

namespace zc::cli {

class CliContext;

// What differs between the products' "activation" commands: their words and their help.
struct ActivationCommand
{
    QString words;        // "zia activation"
    QString summary;      // what the group is
    QString statusHelp;   // what "status" prints
    QString activateHelp; // what "activate" does
    // The product's activation status (ZiaActivation, ZtwActivation), a child of `parent`.
    std::function<ActivationStatus *(ApiClient *client, QObject *parent)> create;
};

// "<words> status" prints the activation status as the API sent it; "<words> activate"
// activates the pending changes and prints the resulting status. Both run through the
// product's ActivationStatus, as the activation page does; a read-only refusal says that
// nothing changed.
int runActivationCommand(CliContext &context, const QStringList &args, GlobalOptions globals,
                         const ActivationCommand &command);

} // namespace zc::cli
