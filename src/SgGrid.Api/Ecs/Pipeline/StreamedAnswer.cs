using System.IO.Pipelines;
using System.Text.Json;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// Where a streamed answer's fields go (<see cref="RpcResult.Streamed"/>): a JSON writer over the response, and a flush that
/// sends what was written so far (call it every so often: nothing reaches the client, and memory grows, until then).
/// </summary>
public sealed class StreamedAnswer(Utf8JsonWriter json, PipeWriter body)
{
    public Utf8JsonWriter Json { get; } = json ?? throw new ArgumentNullException(nameof(json));

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Json.Flush();
        await body.FlushAsync(cancellationToken);
    }
}
