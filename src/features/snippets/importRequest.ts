import { importCurl } from './curlImport';
import { assignedCurl, quietTail } from './mediaScriptImport';
import { powerShellCmdlet } from './powerShellText';
import { importPython } from './pythonImport';
import { parsePythonLiteral } from './pythonLiteralParse';
import { PythonSyntaxError } from './pythonTokenize';
import { requestFromBody } from './requestBody';
import type { ImportedRequest } from './types';

/** A body pasted on its own: JSON first; a dict that only Python reads (True/None, single quotes,
 * trailing commas) is taken as a Python literal. */
function importBody(text: string): ImportedRequest {
  try {
    return requestFromBody(JSON.parse(text), 'json', []);
  } catch (jsonError) {
    try {
      return requestFromBody(parsePythonLiteral(text), 'python', []);
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      return {
        request: null,
        warnings: [],
        error: `The body is not valid JSON: ${(jsonError as Error).message}`,
        source: 'json',
      };
    }
  }
}

/**
 * Reads a pasted cURL command, Python requests call or raw JSON body back into a request — the inverse of
 * the snippet generators. The request keeps the pasted members and their order; `warnings` lists what was
 * not imported (unknown options, other headers, a literal API key — dropped, never kept) or what the
 * workbench cannot show. `error` is set when no request could be read.
 */
export function importRequest(text: string): ImportedRequest {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      request: null,
      warnings: [],
      error: `The text is ${Math.round(text.length / 1_048_576)} MB long; at most ${MAX_IMPORT_CHARS / 1_048_576} MB can be imported.`,
      source: 'unknown',
    };
  }
  try {
    return importText(text);
  } catch (error) {
    // Every reader reports its own errors; anything else is still a message, never a crash of the dialog.
    return {
      request: null,
      warnings: [],
      error: `The text could not be imported: ${error instanceof Error ? error.message : String(error)}`,
      source: 'unknown',
    };
  }
}

/** Pasted text beyond this is not a request anyone wrote (a few inlined images fit). */
export const MAX_IMPORT_CHARS = 32 * 1_048_576;

/** `curl`, `curl.exe` or a path to it, maybe after a prompt (`$ `, `PS C:\> `, `C:\>`). */
const CURL_START = /^(?:\$\s+|PS [^>\n]*>\s*|[A-Za-z]:\\[^>\n]*>\s*)?(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)/i;

function importText(text: string): ImportedRequest {
  const trimmed = text.trim();
  if (trimmed === '') return { request: null, warnings: [], error: 'Nothing to import.', source: 'unknown' };
  const cmdlet = powerShellCmdlet(trimmed);
  if (cmdlet !== null) {
    // Its body is a -Body value, often a variable or a piped hashtable: name the shell rather than fail on curl.
    return {
      request: null,
      warnings: [],
      error: `This is a PowerShell ${cmdlet} command; paste it as cURL (bash) or paste its JSON body.`,
      source: 'unknown',
    };
  }
  if (CURL_START.test(trimmed)) return importCurl(trimmed);
  const submission = assignedCurl(trimmed);
  if (submission !== null) {
    const imported = importCurl(submission);
    return { ...imported, warnings: quietTail(imported.warnings) };
  }
  if (trimmed.startsWith('{')) return importBody(trimmed);
  if (/\b(requests|httpx)\b/.test(trimmed) || /\bjson\s*=/.test(trimmed)) return importPython(trimmed);
  return {
    request: null,
    warnings: [],
    error: 'Paste a cURL command, a Python requests call or a JSON request body.',
    source: 'unknown',
  };
}
