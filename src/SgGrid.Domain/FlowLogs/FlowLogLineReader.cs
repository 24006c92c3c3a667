using System.Text.Json;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// Reads a text flow log line by line (JSON lines, or CSV whose first non-blank line is the header), fields in any order,
/// unknown fields ignored. Lines without a flow to decide are counted in <see cref="Counters"/>, never thrown.
/// </summary>
/// <remarks>
/// Lines are numbered from 1 as given to <see cref="TryRead"/> (blank lines and the CSV header count). A line is UTF-8
/// without its line break (a trailing <c>\r</c> is dropped). One reader reads one log; it is not thread-safe.
/// </remarks>
public sealed class FlowLogLineReader
{
    /// <summary>The most columns a CSV header may name.</summary>
    public const int MaxColumns = 64;

    private readonly NetworkInterfaceIdTable _ids;
    private FlowLogField[]? _columns;

    public FlowLogLineReader(FlowLogFormat format, NetworkInterfaceIdTable? ids = null)
    {
        if (format is not (FlowLogFormat.JsonLines or FlowLogFormat.Csv))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only JSON lines and CSV are read line by line.");
        }

        Format = format;
        _ids = ids ?? new NetworkInterfaceIdTable();
    }

    public FlowLogFormat Format { get; }

    public FlowLogCounters Counters { get; } = new();

    /// <summary>The number of the last line read.</summary>
    public long Line { get; private set; }

    /// <summary>For CSV: whether the header was read, and a problem with it (then every later line is malformed).</summary>
    public string? HeaderProblem { get; private set; }

    /// <summary>Reads the next line; true when it is a record with a flow to decide.</summary>
    public bool TryRead(ReadOnlySpan<byte> line, out FlowLogRecord record)
    {
        Line++;
        record = default;
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Trim((byte)' ').IsEmpty)
        {
            return false;
        }

        return Format == FlowLogFormat.JsonLines ? TryReadJson(line, out record) : TryReadCsv(line, out record);
    }

    private bool TryReadJson(ReadOnlySpan<byte> line, out FlowLogRecord record)
    {
        record = default;
        var builder = new FlowLogRecordBuilder(_ids);
        Span<byte> unescaped = stackalloc byte[128];
        try
        {
            var json = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 8 });
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                Counters.AddMalformed(Line, "A JSON line is one object.");
                return false;
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var field = json.ValueIsEscaped ? FlowLogField.Unknown : FlowLogFields.Match(json.ValueSpan);
                json.Read();
                switch (json.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        json.Skip();
                        if (field != FlowLogField.Unknown)
                        {
                            builder.Set(field, "\0"u8); // an object where a value belongs: unreadable
                        }

                        break;
                    case JsonTokenType.String when json.ValueIsEscaped:
                        var length = json.ValueSpan.Length <= unescaped.Length ? json.CopyString(unescaped) : -1;
                        builder.Set(field, length < 0 ? "\0"u8 : unescaped[..length]);
                        break;
                    case JsonTokenType.Null:
                        builder.Set(field, ""u8);
                        break;
                    default:
                        builder.Set(field, json.ValueSpan);
                        break;
                }
            }

            if (json.TokenType != JsonTokenType.EndObject || json.Read())
            {
                Counters.AddMalformed(Line, "A JSON line is one object.");
                return false;
            }
        }
        catch (JsonException)
        {
            Counters.AddMalformed(Line, "The line is not valid JSON.");
            return false;
        }

        return builder.TryBuild(Line, Counters, out record);
    }

    private bool TryReadCsv(ReadOnlySpan<byte> line, out FlowLogRecord record)
    {
        record = default;
        if (_columns is null)
        {
            ReadHeader(line);
            return false;
        }

        if (HeaderProblem is not null)
        {
            Counters.AddMalformed(Line, HeaderProblem);
            return false;
        }

        var builder = new FlowLogRecordBuilder(_ids);
        var column = 0;
        foreach (var range in line.Split((byte)','))
        {
            if (column < _columns.Length)
            {
                builder.Set(_columns[column], Unquote(line[range]));
            }

            column++;
        }

        if (column != _columns.Length)
        {
            Counters.AddMalformed(Line, $"The line has {column} values; the header names {_columns.Length} fields.");
            return false;
        }

        return builder.TryBuild(Line, Counters, out record);
    }

    private void ReadHeader(ReadOnlySpan<byte> line)
    {
        var columns = new List<FlowLogField>();
        foreach (var range in line.Split((byte)','))
        {
            columns.Add(FlowLogFields.Match(Unquote(line[range])));
        }

        _columns = [.. columns];
        if (columns.Count > MaxColumns)
        {
            HeaderProblem = $"The CSV header names more than {MaxColumns} fields.";
        }
        else if (columns.GroupBy(c => c).Any(g => g.Key != FlowLogField.Unknown && g.Count() > 1))
        {
            HeaderProblem = "The CSV header names a field twice.";
        }
    }

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> value)
    {
        value = value.Trim((byte)' ');
        return value.Length >= 2 && value[0] == (byte)'"' && value[^1] == (byte)'"' ? value[1..^1] : value;
    }
}
