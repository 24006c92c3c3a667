using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SgGrid.Grains.Hosting;

namespace SgGrid.Silo.Hosting;

/// <summary>Ready when the Azure Table service that holds grain state or cluster membership answers; in-memory storage always is.</summary>
public sealed class StorageReadinessCheck(SiloHostingOptions options) : IHealthCheck
{
    private readonly TableServiceClient? _tables =
        options.Storage == StorageKind.AzureTable || options.Clustering != ClusteringKind.Localhost
            ? new TableServiceClient(options.AzureTableConnectionString)
            : null;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_tables is null)
        {
            return HealthCheckResult.Healthy("In-memory storage.");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await using var pages = _tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().GetAsyncEnumerator(timeout.Token);
            await pages.MoveNextAsync();
            return HealthCheckResult.Healthy("Azure Table storage answers.");
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("Azure Table storage does not answer.", exception);
        }
    }
}
