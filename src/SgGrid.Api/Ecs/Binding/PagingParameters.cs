using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>
/// A Describe* call's pagination: token style (<c>MaxResults</c> / <c>NextToken</c>) when either is given, page style
/// (<c>PageNumber</c> / <c>PageSize</c>) otherwise, each with the action's own limits.
/// </summary>
/// <param name="MaxResults">Token style: the page size, already clamped into the action's range.</param>
/// <param name="NextToken">Token style: the previous page's token.</param>
/// <param name="PageNumber">Page style: 1-based.</param>
/// <param name="PageSize">Page style: items per page.</param>
public sealed record PagingParameters(int? MaxResults, string? NextToken, int PageNumber, int PageSize)
{
    /// <summary>The longest NextToken accepted (SgGrid's tokens are resource ids).</summary>
    public const int MaxTokenLength = 256;

    public bool UsesTokens => MaxResults is not null;

    /// <summary>
    /// Reads the four parameters. <c>MaxResults</c> is clamped into [<paramref name="minResults"/>, <paramref name="maxResults"/>]
    /// (ECS's rule: values below or above are raised or lowered, not refused); <c>PageSize</c> outside 1 to
    /// <paramref name="maxPageSize"/> and <c>PageNumber</c> below 1 are <c>Invalid{Name}.Malformed</c>.
    /// </summary>
    public static PagingParameters Read(ParameterReader reader, int minResults, int maxResults, int defaultResults, int maxPageSize, int defaultPageSize = ResourceQuery.DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var max = reader.Number("MaxResults");
        var token = reader.Optional("NextToken", MaxTokenLength);
        var pageNumber = reader.Number("PageNumber", 1) ?? 1;
        var pageSize = reader.Number("PageSize", 1, maxPageSize) ?? defaultPageSize;
        int? results = max is { } given ? Math.Clamp(given, minResults, maxResults) : token is null ? null : defaultResults;
        return new PagingParameters(results, token, pageNumber, pageSize);
    }

    /// <summary><paramref name="query"/> with this pagination.</summary>
    public ResourceQuery ApplyTo(ResourceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return UsesTokens
            ? query with { MaxResults = MaxResults, NextToken = NextToken, PageNumber = null, PageSize = null }
            : query with { PageNumber = PageNumber, PageSize = PageSize, MaxResults = null, NextToken = null };
    }
}
