#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# The comparison client of scripts/bench.sh: every ZPA application segment, fetched one page
# after another with `requests` the way the OneAPI getting-started page shows it (a token
# from ZIdentity, then GET .../application with page and pagesize), printed as one JSON array.
# Reads the simulator's env file variables (ZSCALER_TOKEN_URL, ZSCALER_API_URL, ...).
import json
import os
import sys

import requests

token = requests.post(
    os.environ["ZSCALER_TOKEN_URL"],
    data={
        "grant_type": "client_credentials",
        "client_id": os.environ["ZSCALER_CLIENT_ID"],
        "client_secret": os.environ["ZSCALER_CLIENT_SECRET"],
        "audience": "https://api.zscaler.com",
    },
).json()["access_token"]

url = "%s/zpa/mgmtconfig/v1/admin/customers/%s/application" % (
    os.environ["ZSCALER_API_URL"],
    os.environ["ZPA_CUSTOMER_ID"],
)
headers = {"Authorization": "Bearer %s" % token}
segments = []
page = 1
while True:
    params = {"page": page, "pagesize": 500}
    response = requests.get(url, headers=headers, params=params)
    response.raise_for_status()
    answer = response.json()
    segments.extend(answer.get("list", []))
    if page >= int(answer.get("totalPages", "0")):
        break
    page += 1
json.dump(segments, sys.stdout, indent=2)
