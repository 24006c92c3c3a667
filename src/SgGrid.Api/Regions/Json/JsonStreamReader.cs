using System.Text.Json;

namespace SgGrid.Api.Regions.Json;

/// <summary>
/// Reads JSON from a stream one token, or one small value, at a time: it holds only the bytes of what it is reading (a
/// snapshot item, a few KB), never the document, so a body of any size streams through it.
/// </summary>
/// <remarks>
/// Each step rebuilds a <see cref="Utf8JsonReader"/> over the unread bytes with the saved <see cref="JsonReaderState"/>, and
/// reads more from the stream when the token or value is incomplete. A single value larger than
/// <see cref="MaxValueBytes"/> is refused.
/// </remarks>
public sealed class JsonStreamReader(Stream stream, JsonSerializerOptions options)
{
    /// <summary>The largest single value (an item of a list) read whole.</summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = options.MaxDepth });

    /// <summary>The kind of the token last read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The property name or string value of the token last read; null for other tokens.</summary>
    public string? Text { get; private set; }

    /// <summary>Bytes of the document consumed so far.</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (!TryRead(consume: true))
        {
            if (_final)
            {
                return false;
            }

            await FillAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The kind of the next token, without reading it (<see cref="JsonTokenType.None"/> at the end).</summary>
    public async ValueTask<JsonTokenType> PeekAsync(CancellationToken cancellationToken)
    {
        var (type, text) = (TokenType, Text);
        while (!TryRead(consume: false))
        {
            if (_final)
            {
                return JsonTokenType.None;
            }

            await FillAsync(cancellationToken);
        }

        var next = TokenType;
        (TokenType, Text) = (type, text);
        return next;
    }

    /// <summary>Reads the next value whole (after a property name, or an array element) as <typeparamref name="T"/>.</summary>
    public async ValueTask<T?> DeserializeAsync<T>(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryDeserialize<T>(skip: false, out var value))
            {
                return value;
            }

            await MoreAsync(cancellationToken);
        }
    }

    /// <summary>Skips the next value whole.</summary>
    public async ValueTask SkipAsync(CancellationToken cancellationToken)
    {
        while (!TryDeserialize<object>(skip: true, out _))
        {
            await MoreAsync(cancellationToken);
        }
    }

    private bool TryRead(bool consume)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return false;
        }

        TokenType = reader.TokenType;
        Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        if (consume)
        {
            Advance(reader);
        }

        return true;
    }

    private bool TryDeserialize<T>(bool skip, out T? value)
    {
        value = default;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        var probe = reader;
        if (!probe.Read() || !probe.TrySkip())
        {
            return false;
        }

        if (skip)
        {
            TokenType = probe.TokenType;
            Advance(probe);
            return true;
        }

        reader.Read();
        value = JsonSerializer.Deserialize<T>(ref reader, options);
        TokenType = reader.TokenType;
        Text = null;
        Advance(reader);
        return true;
    }

    private void Advance(Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        BytesConsumed += reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask MoreAsync(CancellationToken cancellationToken)
    {
        if (_final)
        {
            throw new JsonException("The document ends in the middle of a value.");
        }

        await FillAsync(cancellationToken);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
            {
                throw new JsonException($"A single value is larger than {MaxValueBytes} bytes.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _final = read == 0;
        _end += read;
    }
}
