using System.Text.Json;

namespace SgGrid.Api.Tests.Support;

/// <summary>An answer of the endpoint: the HTTP status and the parsed JSON body.</summary>
public sealed record EcsResponse(int Status, JsonElement Body, string RawBody)
{
    public bool IsSuccess => Status == 200;

    /// <summary>The error code, or null for a success.</summary>
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(nameof(Code), out var code) ? code.GetString() : null;

    public string? Message => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(nameof(Message), out var message) ? message.GetString() : null;

    public string? RequestId => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(nameof(RequestId), out var id) ? id.GetString() : null;

    /// <summary>A string field of the body (dotted for nested objects: <c>Regions.Region</c>).</summary>
    public string Get(string path) => Element(path).GetString() ?? "";

    public JsonElement Element(string path)
    {
        var element = Body;
        foreach (var part in path.Split('.'))
        {
            element = element.GetProperty(part);
        }

        return element;
    }

    /// <summary>Asserts success and returns this answer.</summary>
    public EcsResponse Ok()
    {
        Assert.True(IsSuccess, $"Expected success, got {Status}: {RawBody}");
        return this;
    }

    /// <summary>Asserts the error code (and status, when given).</summary>
    public EcsResponse Fails(string code, int? status = null)
    {
        Assert.True(Code == code, $"Expected {code}, got {Status}: {RawBody}");
        if (status is not null)
        {
            Assert.Equal(status.Value, Status);
        }

        return this;
    }

    public override string ToString() => $"{Status} {RawBody}";
}
