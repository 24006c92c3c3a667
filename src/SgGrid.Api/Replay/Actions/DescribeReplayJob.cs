using System.Text.Json;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Replay;

namespace SgGrid.Api.Replay.Actions;

/// <summary>
/// DescribeReplayJob (SgGrid 2026-11-28): a ReplayFlowLogs job of the caller's region by <c>JobId</c> (without it, the newest)
/// — Status (Running, Succeeded, Failed), bytes and records read and decided so far, and once it succeeded its answer
/// (<c>Result</c>, exactly what ReplayFlowLogs answered), or the error that ended it.
/// </summary>
public sealed class DescribeReplayJob : IRpcAction
{
    public string Name => nameof(DescribeReplayJob);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var jobId = reader.Optional("JobId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        var job = await region!.Grains.GetReplayJobs(region.Owner).GetAsync(jobId);
        if (job is null)
        {
            return ReplayErrors.JobNotFound(jobId);
        }

        using var answer = job.Answer is null ? null : JsonDocument.Parse(job.Answer);
        return RpcResult.Ok(new Response(job.JobId, job.Status, job.BytesRead, job.RecordsRead, job.RecordsDecided, job.StartTime, job.UpdateTime, job.FinishTime)
        {
            ErrorCode = job.ErrorCode,
            ErrorMessage = job.ErrorMessage,
            Result = answer?.RootElement.Clone(),
        });
    }

    public sealed record Response(string JobId, string Status, long BytesRead, long RecordsRead, long RecordsDecided,
        DateTimeOffset StartTime, DateTimeOffset UpdateTime, DateTimeOffset? FinishTime)
    {
        public string? ErrorCode { get; init; }
        public string? ErrorMessage { get; init; }
        public JsonElement? Result { get; init; }
    }
}
