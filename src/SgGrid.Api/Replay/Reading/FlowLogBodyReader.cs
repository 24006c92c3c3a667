using System.Buffers;
using System.IO.Pipelines;
using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Replay.Reading;

/// <summary>
/// Reads a flow-log body as it arrives (System.IO.Pipelines) and hands its records over in windows of at most
/// <see cref="WindowSize"/>: memory is bounded by the window, not by the upload. The next window is read while the previous
/// one is decided (the handler's task is awaited only when the following window is full).
/// </summary>
public sealed class FlowLogBodyReader(FlowLogFormat format)
{
    /// <summary>Records per window handed to the decider.</summary>
    public const int WindowSize = 1 << 17;

    /// <summary>The longest line read; a longer one is malformed (and skipped up to its end).</summary>
    public const int MaxLineBytes = 1 << 16;

    private readonly NetworkInterfaceIdTable _ids = new();
    private FlowLogLineReader? _lines;
    private readonly FlowLogCounters _binaryCounters = new();

    public FlowLogFormat Format { get; } = format;

    /// <summary>What reading met besides records (skipped, malformed, ports ignored).</summary>
    public FlowLogCounters Counters => _lines?.Counters ?? _binaryCounters;

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>A problem with the body as a whole (a binary body without its header), or null.</summary>
    public string? BodyProblem { get; private set; }

    /// <summary>Reads the whole body; <paramref name="onWindow"/> gets each window (never the same list twice in flight).</summary>
    public async Task ReadAsync(Stream body, Func<List<FlowLogRecord>, Task> onWindow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(onWindow);
        var pipe = PipeReader.Create(body, new StreamPipeReaderOptions(bufferSize: 1 << 16, minimumReadSize: 1 << 14, leaveOpen: true));
        var windows = new[] { new List<FlowLogRecord>(WindowSize), new List<FlowLogRecord>(WindowSize) };
        var current = 0;
        var pending = Task.CompletedTask;

        async Task Flush()
        {
            await pending;
            pending = onWindow(windows[current]);
            current ^= 1;
            windows[current].Clear();
        }

        if (Format == FlowLogFormat.Binary)
        {
            await ReadBinaryAsync(pipe, windows, () => current, Flush, cancellationToken);
        }
        else
        {
            _lines = new FlowLogLineReader(Format, _ids);
            await ReadLinesAsync(pipe, _lines, windows, () => current, Flush, cancellationToken);
        }

        await pipe.CompleteAsync();
        if (windows[current].Count > 0)
        {
            await Flush();
        }

        await pending;
    }

    private async Task ReadLinesAsync(PipeReader pipe, FlowLogLineReader lines, List<FlowLogRecord>[] windows, Func<int> current, Func<Task> flush, CancellationToken cancellationToken)
    {
        var skippingLongLine = false;
        while (true)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var full = false;
            while (!full)
            {
                var end = buffer.PositionOf((byte)'\n');
                if (end is null)
                {
                    break;
                }

                var line = buffer.Slice(0, end.Value);
                buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
                BytesRead += line.Length + 1;
                if (skippingLongLine)
                {
                    skippingLongLine = false;
                    continue;
                }

                var window = windows[current()];
                if (Read(lines, line, out var record))
                {
                    window.Add(record);
                    full = window.Count >= WindowSize;
                }
            }

            if (!full && buffer.Length > MaxLineBytes)
            {
                BytesRead += buffer.Length;
                lines.TryRead("\0"u8, out _); // counts the line as malformed under its number
                skippingLongLine = true;
                buffer = buffer.Slice(buffer.End);
            }

            if (result.IsCompleted && !full)
            {
                if (!buffer.IsEmpty && !skippingLongLine)
                {
                    BytesRead += buffer.Length;
                    if (Read(lines, buffer, out var last))
                    {
                        windows[current()].Add(last);
                    }
                }

                pipe.AdvanceTo(buffer.End);
                return;
            }

            pipe.AdvanceTo(buffer.Start, full ? buffer.Start : buffer.End);
            if (full)
            {
                await flush();
            }
        }
    }

    private static bool Read(FlowLogLineReader lines, ReadOnlySequence<byte> line, out FlowLogRecord record)
    {
        if (line.IsSingleSegment)
        {
            return lines.TryRead(line.FirstSpan, out record);
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)line.Length);
        try
        {
            line.CopyTo(rented);
            return lines.TryRead(rented.AsSpan(0, (int)line.Length), out record);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private async Task ReadBinaryAsync(PipeReader pipe, List<FlowLogRecord>[] windows, Func<int> current, Func<Task> flush, CancellationToken cancellationToken)
    {
        string[]? ids = null;
        long number = 0;
        var scratch = new byte[BinaryFlowLog.RecordSize]; // a record split across buffer segments
        while (true)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (ids is null)
            {
                var head = buffer.IsSingleSegment ? buffer.FirstSpan : buffer.ToArray();
                var (read, consumed, problem) = BinaryFlowLog.ReadHeader(head, _ids);
                if (problem is not null || (read is null && result.IsCompleted))
                {
                    BodyProblem = problem ?? "The body ends inside the binary header.";
                    pipe.AdvanceTo(buffer.End);
                    await DrainAsync(pipe, cancellationToken);
                    return;
                }

                if (read is null)
                {
                    pipe.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                ids = read;
                BytesRead += consumed;
                buffer = buffer.Slice(consumed);
            }

            var full = false;
            while (!full && buffer.Length >= BinaryFlowLog.RecordSize)
            {
                var chunk = buffer.Slice(0, BinaryFlowLog.RecordSize);
                var span = chunk.IsSingleSegment ? chunk.FirstSpan : CopyTo(chunk, scratch);
                buffer = buffer.Slice(BinaryFlowLog.RecordSize);
                BytesRead += BinaryFlowLog.RecordSize;
                if (BinaryFlowLog.TryRead(span, ids, ++number, _binaryCounters, out var record))
                {
                    var window = windows[current()];
                    window.Add(record);
                    full = window.Count >= WindowSize;
                }
            }

            if (result.IsCompleted && !full)
            {
                if (!buffer.IsEmpty)
                {
                    BytesRead += buffer.Length;
                    _binaryCounters.AddTruncated(number + 1, $"The body ends inside record {number + 1} ({buffer.Length} of {BinaryFlowLog.RecordSize} bytes).");
                }

                pipe.AdvanceTo(buffer.End);
                return;
            }

            pipe.AdvanceTo(buffer.Start, full ? buffer.Start : buffer.End);
            if (full)
            {
                await flush();
            }
        }
    }

    private static ReadOnlySpan<byte> CopyTo(ReadOnlySequence<byte> chunk, Span<byte> scratch)
    {
        chunk.CopyTo(scratch);
        return scratch;
    }

    private async Task DrainAsync(PipeReader pipe, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            BytesRead += result.Buffer.Length;
            pipe.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }
}
