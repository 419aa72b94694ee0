// The fixed part of the exported Python script: send every cell's request with bounded concurrency, retry
// rate limits and server errors, read streamed and plain answers, check, and write JSONL. Kept as plain Python
// text (no value is interpolated into it: the data lives in the JSON the script loads, see pythonScript.ts).

export const PYTHON_RUNNER = String.raw`
def retry_wait(response, attempt):
    """Seconds to wait before the next attempt: Retry-After when the server says (seconds or an HTTP date),
    else an exponential backoff with jitter."""
    header = response.headers.get("Retry-After") if response is not None else None
    if header:
        try:
            return min(MAX_DELAY, max(0.0, float(header)))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(header)
                return min(MAX_DELAY, max(0.0, when.timestamp() - time.time()))
            except (TypeError, ValueError):
                pass
    return min(MAX_DELAY, BASE_DELAY * 2.0 ** (attempt - 1)) * (0.5 + random.random() / 2)


def error_message(response):
    try:
        payload = response.json()
    except ValueError:
        return response.text[:500]
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    if isinstance(error, str):
        return error
    return response.text[:500]


def text_of(content):
    """A message's content: a string, or a list of parts whose text parts are joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text") or "" for p in content if isinstance(p, dict))
    return ""


class StreamError(Exception):
    """The server reported an error in the middle of a stream."""


def read_stream(response, started):
    """Server-sent events: one "data: {chunk}" line per event, then "data: [DONE]". Text deltas of choice 0
    are joined; usage comes in the last chunk (the request asked for it with stream_options)."""
    parts, usage, ttft = [], None, None
    # Lines are decoded as UTF-8 explicitly: requests would guess ISO-8859-1 for text/event-stream.
    for line in response.iter_lines():
        if not line.startswith(b"data:"):
            continue
        data = line[5:].strip().decode("utf-8")
        if data == "[DONE]":
            break
        chunk = json.loads(data)
        if isinstance(chunk, dict) and "error" in chunk:
            error = chunk["error"]
            message = error.get("message") if isinstance(error, dict) else None
            raise StreamError(message if isinstance(message, str) else json.dumps(error))
        if isinstance(chunk.get("usage"), dict):
            usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            piece = text_of((choice.get("delta") or {}).get("content"))
            if piece:
                if ttft is None:
                    ttft = (time.monotonic() - started) * 1000
                parts.append(piece)
    return "".join(parts), usage, ttft


def cost_of(usage, pricing):
    """The provider's own figure (usage.cost) when it sent one, else the tokens at the model's per-token prices,
    cached prompt tokens at the cached price: the same rule as the app."""
    if not isinstance(usage, dict):
        return None
    if isinstance(usage.get("cost"), (int, float)):
        return usage["cost"]
    if not isinstance(pricing, dict) or pricing.get("method", "token") != "token":
        return None
    price_in, price_out = pricing.get("input_cost_per_token"), pricing.get("output_cost_per_token")
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    if not all(isinstance(n, (int, float)) and n >= 0 for n in (price_in, price_out, prompt, completion)):
        return None
    cached_price, cached = pricing.get("cached_input_cost_per_token"), usage.get("cached_tokens")
    cached = min(cached, prompt) if isinstance(cached_price, (int, float)) and isinstance(cached, (int, float)) else 0
    return (prompt - cached) * price_in + (cached * cached_price if cached else 0) + completion * price_out


def reject_constant(name):
    raise ValueError(name + " is not JSON")


def is_json(text):
    if text.strip() == "":
        return False
    try:
        # NaN and Infinity are not JSON (Python's reader would take them).
        json.loads(text, parse_constant=reject_constant)
        return True
    except ValueError:
        return False


def squash(text, ignore_case):
    text = re.sub(r"\s+", " ", text.strip())
    return text.lower() if ignore_case else text


def verdict(check, result):
    """One check, computed the same way as the grid. Checks that need the app's own machinery (regex
    (JavaScript syntax), json-schema (the app's validator) and judge (a model call)) are written as null, like
    checks that cannot decide (no text to look for, no expected value, no limit)."""
    kind, output = check["type"], result["output"]
    if kind in ("contains", "not-contains"):
        needle, hay = check["needle"], output
        if check.get("ignoreCase"):
            needle, hay = needle.lower(), hay.lower()
        return (needle in hay) == (kind == "contains")
    if kind == "equals-expected":
        return squash(output, check.get("ignoreCase")) == squash(check["expected"], check.get("ignoreCase"))
    if kind == "valid-json":
        return is_json(output)
    if kind == "latency-under":
        return None if result["latency_ms"] is None else result["latency_ms"] < check["limit"]
    if kind == "cost-under":
        return None if result["cost"] is None else result["cost"] < check["limit"]
    return None


def run_cell(cell):
    body = cell["body"]
    request = json.loads(body)
    stream = request.get("stream") is True
    headers = {"Content-Type": "application/json"}
    if API_KEY:
        headers["Authorization"] = "Bearer " + API_KEY
    result = {"output": "", "status": "error", "latency_ms": None, "ttft_ms": None, "prompt_tokens": None,
              "completion_tokens": None, "cost": None, "error": ""}
    # Failures (5xx, 408, no connection) and 429s have budgets of their own: a 429 says when to come back.
    failures = 0
    waits = 0
    while True:
        started = time.monotonic()
        try:
            # The body is sent as the exact text the grid sent, byte for byte.
            response = requests.post(URL, data=body.encode("utf-8"), headers=headers, stream=stream,
                                     timeout=(30, 600))
        except (requests.ConnectionError, requests.Timeout) as error:
            # Nothing arrived: sent again, like a 5xx.
            result["error"] = "network error: %s" % error
            failures += 1
            if failures < MAX_ATTEMPTS:
                time.sleep(retry_wait(None, failures))
                continue
            break
        except requests.RequestException as error:
            result["error"] = "request failed: %s" % error
            break
        try:
            status = response.status_code
            if status == 429:
                result["error"] = "HTTP 429: %s" % error_message(response)
                waits += 1
                if waits <= MAX_RATE_LIMIT_WAITS:
                    time.sleep(retry_wait(response, waits))
                    continue
                break
            if status == 408 or status >= 500:
                result["error"] = "HTTP %d: %s" % (status, error_message(response))
                failures += 1
                if failures < MAX_ATTEMPTS:
                    time.sleep(retry_wait(response, failures))
                    continue
                break
            if status >= 400:
                result["error"] = "HTTP %d: %s" % (status, error_message(response))
                break
            if stream:
                output, usage, ttft = read_stream(response, started)
            else:
                payload = response.json()
                choices = payload.get("choices") or [{}]
                output = text_of((choices[0].get("message") or {}).get("content"))
                usage, ttft = payload.get("usage"), None
            result.update(output=output, status="done", error="", ttft_ms=ttft,
                          latency_ms=(time.monotonic() - started) * 1000)
            if isinstance(usage, dict):
                result["prompt_tokens"] = usage.get("prompt_tokens")
                result["completion_tokens"] = usage.get("completion_tokens")
            result["cost"] = cost_of(usage, cell["pricing"])
            break
        except StreamError as error:
            result["error"] = "error in the stream: %s" % error
            break
        except (requests.RequestException, ValueError, AttributeError, TypeError, KeyError, IndexError) as error:
            # A broken stream or an answer that is not what a chat completion looks like: not sent again once
            # the server has answered (output may have arrived).
            result["error"] = "unreadable answer: %s" % error
            break
        finally:
            response.close()
    done = result["status"] == "done"
    checks = {c["label"]: (verdict(c, result) if done else None) for c in cell["checks"]}
    record = {"case": cell["case"], "case_id": cell["case_id"], "pane": cell["pane"], "model": cell["model"],
              "variables": cell["variables"], "expected": cell["expected"], "output": result["output"],
              "status": result["status"], "checks": checks, "rating": "", "note": "",
              "latency_ms": result["latency_ms"], "ttft_ms": result["ttft_ms"],
              "prompt_tokens": result["prompt_tokens"], "completion_tokens": result["completion_tokens"],
              "cost": result["cost"], "error": result["error"], "request": request}
    return record


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "results.jsonl"
    done = 0
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool, open(path, "w", encoding="utf-8") as out:
        # map keeps the cells' order (case, then pane) whatever order they finish in.
        for record in pool.map(run_cell, CELLS):
            out.write(json.dumps(record) + "\n")
            done += 1
            print("%d / %d  case %d, %s: %s" % (done, len(CELLS), record["case"], record["pane"],
                                              record["status"]), file=sys.stderr)
    print("Wrote %d results to %s" % (done, path), file=sys.stderr)


if __name__ == "__main__":
    main()
`;
